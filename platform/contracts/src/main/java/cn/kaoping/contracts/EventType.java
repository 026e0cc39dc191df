package cn.kaoping.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optional on an event record: its CloudEvents {@code type} and schema version when the defaults
 * ({@code kaoping.<domain>.<RecordName>}, version 1) do not fit.
 *
 * <p>A change that breaks a reader (a field removed, renamed or retyped) needs a new version: a new
 * record, e.g. {@code @EventType(value = "kaoping.evaluation.CaseFileRegistered", version = 2)
 * record CaseFileRegisteredV2(...)}, published beside the old one until readers moved.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The CloudEvents type; empty means {@code kaoping.<domain>.<RecordName>}. */
    String value() default "";

    /** The schema version, part of {@code dataschema} ({@code urn:kaoping:<domain>:<Name>:v<version>}). */
    int version() default 1;
}
