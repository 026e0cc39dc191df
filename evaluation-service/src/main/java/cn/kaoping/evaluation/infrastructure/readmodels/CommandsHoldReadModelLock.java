package cn.kaoping.evaluation.infrastructure.readmodels;

import cn.kaoping.evaluation.infrastructure.axon.AxonModule;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.Configurer;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Every command holds the {@link ReadModelLock} shared for its transaction. The command bus has begun the
 * transaction when its interceptors run, so the lock is taken before the aggregate is loaded and before any
 * read model is written.
 */
@Singleton
public class CommandsHoldReadModelLock implements AxonModule, MessageHandlerInterceptor<CommandMessage<?>> {

    private final ReadModelLock lock;

    CommandsHoldReadModelLock(ReadModelLock lock) {
        this.lock = lock;
    }

    @Override
    public void contributeTo(Configurer configurer) {
        configurer.onInitialize(configuration -> configuration.onStart(Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                () -> configuration.commandBus().registerHandlerInterceptor(this)));
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        lock.holdShared();
        return chain.proceed();
    }
}
