package org.banli.core.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** County rules for the core's tests. */
final class TestCounty {

    private TestCounty() {}

    /** The defaults of {@link HandlingRules} with some values changed. */
    static HandlingRules rules(Map<String, Object> changed) {
        return (HandlingRules) Proxy.newProxyInstance(
                HandlingRules.class.getClassLoader(), new Class<?>[] {HandlingRules.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return HandlingRules.class;
                    }
                    return changed.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }

    static CountyProfile profile(Map<String, Object> changed) {
        return CountyProfile.of(rules(changed), WorkCalendarTest.SHIPPED);
    }
}
