package cn.kaoping.servers;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;

/**
 * Creates Kafka admin clients with the kit's own class loader as the thread's context loader. Quarkus starts
 * test resources under its class loader, while the kit's Kafka classes come from the system class path; Kafka
 * loads its plugins (JmxReporter) through the context loader and would otherwise fail with a ClassCastException.
 */
final class KitAdmin {

    private KitAdmin() {
    }

    static Admin create(Properties properties) {
        return withKitClassLoader(() -> Admin.create(properties));
    }

    static Admin create(Map<String, Object> properties) {
        return withKitClassLoader(() -> Admin.create(properties));
    }

    private static Admin withKitClassLoader(java.util.function.Supplier<Admin> creation) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KitAdmin.class.getClassLoader());
        try {
            return creation.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
