package org.banli.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.banli.api.PluginInfo;
import org.banli.api.PluginService;
import org.banli.api.assessment.AssessmentRule;
import org.banli.api.notify.NotificationChannel;
import org.banli.api.report.ReportFormat;
import org.banli.api.similarity.SimilarityEngine;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The channels, formats, rules and similarity engines installed right now, with the bundles that bring them. */
@Component(service = PluginService.class)
public class Plugins implements PluginService {

    private final Map<ServiceReference<?>, PluginInfo> installed = new ConcurrentHashMap<>();

    @Reference(
            service = NotificationChannel.class,
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addChannel(ServiceReference<NotificationChannel> reference) {
        add("channel", NotificationChannel.CHANNEL_PROPERTY, reference);
    }

    void removeChannel(ServiceReference<NotificationChannel> reference) {
        installed.remove(reference);
    }

    @Reference(
            service = ReportFormat.class,
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addFormat(ServiceReference<ReportFormat> reference) {
        add("format", ReportFormat.FORMAT_PROPERTY, reference);
    }

    void removeFormat(ServiceReference<ReportFormat> reference) {
        installed.remove(reference);
    }

    @Reference(
            service = AssessmentRule.class,
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addRule(ServiceReference<AssessmentRule> reference) {
        add("rule", AssessmentRule.RULE_PROPERTY, reference);
    }

    void removeRule(ServiceReference<AssessmentRule> reference) {
        installed.remove(reference);
    }

    @Reference(
            service = SimilarityEngine.class,
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addEngine(ServiceReference<SimilarityEngine> reference) {
        add("similarity", SimilarityEngine.ENGINE_PROPERTY, reference);
    }

    void removeEngine(ServiceReference<SimilarityEngine> reference) {
        installed.remove(reference);
    }

    private void add(String kind, String nameProperty, ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        installed.put(
                reference,
                new PluginInfo(
                        kind,
                        String.valueOf(reference.getProperty(nameProperty)),
                        bundle == null ? null : bundle.getSymbolicName(),
                        bundle == null ? null : bundle.getVersion().toString()));
    }

    @Override
    public List<PluginInfo> plugins() {
        return installed.values().stream()
                .sorted(Comparator.comparing(PluginInfo::kind).thenComparing(PluginInfo::name))
                .toList();
    }
}
