package org.banli.core.internal.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.banli.api.item.ReplyClass;
import org.banli.core.internal.HandlingRules;

/** An immutable snapshot of a county's rules and calendar, swapped whole when the configuration changes. */
public record CountyProfile(
        int replyMonths,
        int urgentReplyMonths,
        int maxMonthsWithExtension,
        int rehandlingMonths,
        int returnWorkingDays,
        int coUnitOpinionMonths,
        int firstContactWorkingDays,
        int ratingWorkingDays,
        int disclosureWorkingDays,
        int atRiskDays,
        int draftWarningDays,
        int ratingFlagMinutes,
        boolean twoAxisRating,
        int minimumReplyLength,
        Set<ReplyClass> replyClasses,
        ZoneId zone,
        WorkCalendar calendar) {

    public static CountyProfile of(HandlingRules rules, WorkCalendar calendar) {
        // A .cfg file gives "A,B,C" as one string, ConfigAdmin tools give an array: accept both.
        Set<ReplyClass> classes = Arrays.stream(rules.replyClasses())
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .map(ReplyClass::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReplyClass.class)));
        return new CountyProfile(
                rules.replyMonths(),
                rules.urgentReplyMonths(),
                rules.maxMonthsWithExtension(),
                rules.rehandlingMonths(),
                rules.returnWorkingDays(),
                rules.coUnitOpinionMonths(),
                rules.firstContactWorkingDays(),
                rules.ratingWorkingDays(),
                rules.disclosureWorkingDays(),
                rules.atRiskDays(),
                rules.draftWarningDays(),
                rules.ratingFlagMinutes(),
                rules.twoAxisRating(),
                rules.minimumReplyLength(),
                classes,
                ZoneId.of(rules.timeZone()),
                calendar);
    }

    LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    @Override
    public String toString() {
        return "reply " + replyMonths + "/" + urgentReplyMonths + " months (max " + maxMonthsWithExtension
                + "), rehandling " + rehandlingMonths + " months, return " + returnWorkingDays
                + " working days, co-unit " + coUnitOpinionMonths + " months, first contact "
                + firstContactWorkingDays + ", rating " + ratingWorkingDays + ", disclosure " + disclosureWorkingDays
                + " working days, classes " + replyClasses + ", two-axis " + twoAxisRating + ", zone " + zone
                + ", calendar " + calendar.holidays() + " holidays and " + calendar.makeUpWorkingDays()
                + " make-up working days";
    }
}
