package org.banli.api.assessment;

/** The assessment figures of DESIGN.md §4. */
public enum Metric {
    /** 办理数量. */
    HANDLED_COUNT,
    /** 办复率. */
    REPLY_RATE,
    ON_TIME_RATE,
    /** 见面率. */
    MEETING_RATE,
    /** 满意率, latest rating. */
    SATISFACTION_RATE,
    /** 满意率, earliest rating. */
    FIRST_SATISFACTION_RATE,
    /** 办结率. */
    COMPLETION_RATE,
    /** 办结效果. */
    EFFECT,
    /** 规范化. */
    STANDARDIZATION,
    /** 承诺兑现率. */
    COMMITMENTS_KEPT
}
