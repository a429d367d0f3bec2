package org.banli.rest.internal;

import java.util.List;
import javax.ws.rs.Path;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** Builds the Jersey configuration from the current resources and providers. */
final class ApiApplication {

    private ApiApplication() {}

    static ResourceConfig configure(Authentication authentication, List<Object> components, String version) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("banli");
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(org.glassfish.jersey.media.multipart.MultiPartFeature.class);
        config.register(new ObjectMapperResolver());
        config.register(BoundedBody.Interceptor.class);
        config.register(ProblemMappers.BanliExceptionMapper.class);
        config.register(ProblemMappers.JsonParseMapper.class);
        config.register(ProblemMappers.JsonMappingMapper.class);
        config.register(ProblemMappers.JsonReadMapper.class);
        config.register(ProblemMappers.WebApplicationMapper.class);
        config.register(ProblemMappers.UnexpectedMapper.class);
        config.register(new Versions.ItemETag());
        config.register(authentication);
        config.register(authentication.gate());
        components.forEach(config::register);
        List<Class<?>> resources = components.stream()
                .map(Object::getClass)
                .<Class<?>>map(c -> c)
                .filter(c -> c.isAnnotationPresent(Path.class))
                .toList();
        config.register(new OpenApiResource(resources, version));
        return config;
    }
}
