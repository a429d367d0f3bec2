package org.banli.store.jpa.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where Banli keeps its data (etc/org.banli.store.cfg). */
@ObjectClassDefinition(name = "Banli 数据库 (database)")
public @interface StoreSettings {

    String PID = "org.banli.store";

    @AttributeDefinition(
            name = "JDBC 地址 (JDBC URL)",
            description = "留空即使用 data/ 下的内嵌 Derby (empty: embedded Derby under Karaf's data folder)")
    String url() default "";

    @AttributeDefinition(name = "用户名 (user)", required = false)
    String user() default "";

    @AttributeDefinition(name = "密码 (password)", type = AttributeType.PASSWORD, required = false)
    String password() default "";

    @AttributeDefinition(
            name = "连接池大小 (connection pool size)",
            description = "同时使用数据库的连接数上限 (at most this many connections at once)",
            min = "1")
    int poolSize() default Database.DEFAULT_POOL_SIZE;

    @AttributeDefinition(
            name = "驱动 (driver)",
            description =
                    "使用哪个 pax-jdbc DataSourceFactory，OSGi 过滤器 (which pax-jdbc DataSourceFactory to use, as an OSGi filter)")
    String dataSourceFactory_target() default Database.DERBY_EMBEDDED;
}
