package org.banli.store.jpa.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where Banli keeps its data (etc/org.banli.store.cfg). */
@ObjectClassDefinition(name = "Banli 数据库 (database)")
public @interface StoreSettings {

    String PID = "org.banli.store";

    @AttributeDefinition(name = "JDBC URL", description = "Empty: embedded Derby under Karaf's data folder")
    String url() default "";

    @AttributeDefinition(name = "User", required = false)
    String user() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
    String password() default "";

    @AttributeDefinition(name = "Driver", description = "Which pax-jdbc DataSourceFactory to use")
    String dataSourceFactory_target() default Database.DERBY_EMBEDDED;
}
