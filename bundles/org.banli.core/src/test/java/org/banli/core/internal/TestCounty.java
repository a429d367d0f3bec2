package org.banli.core.internal;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** County rules and a clock for the core's tests. */
final class TestCounty {

    private TestCounty() {
    }

    /** The defaults of {@link HandlingRules} with some values changed. */
    static HandlingRules rules(Map<String, Object> changed) {
        return (HandlingRules) Proxy.newProxyInstance(HandlingRules.class.getClassLoader(),
                new Class<?>[] { HandlingRules.class }, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return HandlingRules.class;
                    }
                    return changed.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }

    static CountyProfile profile(Map<String, Object> changed) {
        return CountyProfile.of(rules(changed), WorkCalendarTest.SHIPPED);
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
