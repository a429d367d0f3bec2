package org.banli.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** What a county sets about handling (etc/org.banli.handling.cfg); DESIGN.md §3. */
@ObjectClassDefinition(name = "Banli 办理规则 (handling rules)")
public @interface HandlingRules {

    String PID = "org.banli.handling";

    @AttributeDefinition(name = "答复期限（月） Reply deadline in months after assignment")
    int replyMonths() default 3;

    @AttributeDefinition(name = "紧急件答复期限（月） Reply deadline of urgent items, in months")
    int urgentReplyMonths() default 1;

    @AttributeDefinition(name = "含延期最长期限（月） Latest deadline an extension may reach, in months after assignment")
    int maxMonthsWithExtension() default 6;

    @AttributeDefinition(name = "重新办理期限（月） Rehandling deadline after an unsatisfied rating, in months")
    int rehandlingMonths() default 1;

    @AttributeDefinition(name = "申请退回期限（工作日） Return requests within this many working days of assignment")
    int returnWorkingDays() default 5;

    @AttributeDefinition(name = "协办意见期限（月） Co-unit opinions within this many months of assignment")
    int coUnitOpinionMonths() default 1;

    @AttributeDefinition(name = "办前联系期限（工作日） First contact with the submitter within this many working days")
    int firstContactWorkingDays() default 15;

    @AttributeDefinition(name = "测评期限（工作日） Ratings expected within this many working days of the reply")
    int ratingWorkingDays() default 15;

    @AttributeDefinition(name = "公开期限（工作日） Public replies disclosed within this many working days")
    int disclosureWorkingDays() default 20;

    @AttributeDefinition(name = "临期天数 An item is at risk this many days before its deadline")
    int atRiskDays() default 15;

    @AttributeDefinition(name = "拟稿预警（天） Warn when no draft exists this many days before the deadline")
    int draftWarningDays() default 30;

    @AttributeDefinition(name = "可疑测评（分钟） Flag ratings entered within this many minutes of the reply")
    int ratingFlagMinutes() default 30;

    @AttributeDefinition(name = "双测评 Rate handling and result separately")
    boolean twoAxisRating() default false;

    @AttributeDefinition(name = "答复最少字数 Minimum length of a reply's text")
    int minimumReplyLength() default 30;

    @AttributeDefinition(
            name = "答复类别 Reply classes the county uses",
            description = "A、B、C，可加 D (A, B, C and optionally D)")
    String[] replyClasses() default {"A", "B", "C"};

    @AttributeDefinition(name = "时区 Time zone of the county's calendar")
    String timeZone() default "Asia/Shanghai";

    @AttributeDefinition(
            name = "节假日文件 Holiday calendar file",
            description = "空 = etc/banli-calendar.txt (empty = etc/banli-calendar.txt)")
    String calendarFile() default "";
}
