package cn.kaoping.evaluation.infrastructure.axon;

import org.axonframework.config.Configurer;

/** A part of the service that registers aggregates, resources or event handlers with Axon. */
public interface AxonModule {

    void contributeTo(Configurer configurer);
}
