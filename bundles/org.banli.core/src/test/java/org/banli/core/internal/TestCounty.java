package org.banli.core.internal;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.banli.core.internal.workflow.CountyProfile;
import org.banli.core.internal.workflow.WorkCalendarTest;

/** County rules for the core's tests. */
final class TestCounty {

    private TestCounty() {}

    /** The defaults of {@link HandlingRules} with some values changed. */
    public static HandlingRules rules(Map<String, Object> changed) {
        return (HandlingRules) Proxy.newProxyInstance(
                HandlingRules.class.getClassLoader(), new Class<?>[] {HandlingRules.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return HandlingRules.class;
                    }
                    return changed.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }

    public static CountyProfile profile(Map<String, Object> changed) {
        return CountyProfile.of(rules(changed), WorkCalendarTest.SHIPPED);
    }
}
