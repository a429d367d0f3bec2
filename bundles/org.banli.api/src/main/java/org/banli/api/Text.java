package org.banli.api;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A text for a person, as a code and the values it names; the reader's language picks the words, from
 * {@code org/banli/api/messages.properties} (Chinese) and {@code messages_en.properties} (English, for a
 * reader who chose it). A value that is a {@link Label}, a {@code Text} or {@link Bilingual}, or a collection
 * of such values, is named in the reader's language too; any other value as it is.
 */
public record Text(Code code, Map<String, Object> values) {

    /** Every coded text; its key in the message files is its name, its placeholders {@code {name}}. */
    public enum Code {
        /** {id} */
        ITEM_NOT_FOUND,
        /** {id} {version} {expected} */
        ITEM_CHANGED,
        /** A step taken from a state it does not start from: {id} {status} {action} {allowed} */
        STATE_DOES_NOT_ALLOW,
        /** A role the person does not have: {action} */
        NOT_ALLOWED,
        /** {action} */
        ONLY_HOST_UNIT,
        /** {action} */
        ONLY_HOST_UNIT_HEAD,
        /** {step} */
        NO_SUCH_STEP,
        ONLY_HANDLING_UNIT_RETURNS,
        RETURN_PENDING,
        CO_UNIT_ALREADY_ACCEPTED,
        ONLY_HANDLING_UNIT_ACCEPTS,
        ONLY_HANDLING_UNIT_RECORDS_CONTACTS,
        ONLY_SUBMITTER_CONFIRMS,
        CONTACT_ANSWERED,
        ONLY_CO_UNITS_OPINE,
        EXTENSION_PENDING,
        ONLY_CO_UNITS_COUNTERSIGN,
        ALREADY_COUNTERSIGNED,
        ONLY_SUBMITTER_RATES,
        NO_ACCEPTED_REPLY,
        COMMITMENT_KEPT,
        ONLY_NOTIFIED_UNIT_RESPONDS,
        NOTICE_ANSWERED,
        ONLY_LEADING_OFFICIAL_COMMENTS,
        MERGE_NAME_ITEMS,
        MERGE_INTO_ITSELF,
        HOST_ALSO_CO_UNIT,
        RETURN_NEEDS_OTHER_HOST,
        CONTACT_PHASE,
        DATE_BEFORE_ASSIGNMENT,
        LIMIT_REASON_ONLY_C,
        COMMITMENTS_ONLY_B,
        RATE_PROCESS,
        RATE_RESULT,
        OVERALL_ONLY,
        NOTICE_UNIT,
        NOTICE_DUE_DATE,
        KEY_ITEM_NEEDS_OFFICIAL,
        OFFICIAL_ONLY_FOR_KEY_ITEMS,
        /** {id} {lead} */
        MERGED_INTO_ANOTHER,
        /** {id} */
        ITSELF_MERGED,
        /** {item} */
        MERGE_KIND_OR_YEAR,
        /** {item} */
        MERGE_ALREADY_ASSIGNED,
        /** {item} */
        MERGE_ALREADY_MERGED,
        /** {item} */
        MERGE_ALREADY_HERE,
        /** {id} {unit} */
        ALREADY_ASSIGNED_SO,
        /** {label} */
        REQUIRED,
        /** {label} {max} */
        TOO_LONG,
        /** {label} */
        NOT_IN_FUTURE,
        /** {unit} */
        UNIT_NOT_FOUND,
        /** {max} */
        AT_MOST_CO_UNITS,
        /** {unit} */
        CO_UNIT_NOT_FOUND,
        /** {days} {until} */
        RETURN_TOO_LATE,
        /** {id} */
        NO_RETURN_PENDING,
        /** {id} */
        CONTACT_NOT_FOUND,
        /** {id} */
        NO_EXTENSION_PENDING,
        /** {max} */
        AT_MOST_COMMITMENTS,
        /** {action} {id} */
        NO_DRAFT_TO_ACT_ON,
        /** {id} */
        COMMITMENT_NOT_FOUND,
        /** {id} */
        NOTICE_NOT_FOUND,
        /** {until} */
        RATING_WINDOW_OPEN,
        /** {deadline} */
        EXTENSION_NOT_AFTER_DEADLINE,
        /** {latest} {months} */
        EXTENSION_TOO_LONG,
        /** {replyClass} {replyClasses} */
        REPLY_CLASS_NOT_USED,
        /** {official} */
        NOT_A_LEADER,
        /** {id} */
        ALREADY_PUBLIC,
        /** {id} */
        ALREADY_NOT_PUBLIC,
        FLAGGED_RATINGS_FOR_COUNTY,
        NO_STEP_GIVEN,
        KIND_REQUIRED,
        YEAR_RANGE,
        PAGE_NEGATIVE,
        PAGE_TOO_LARGE,
        DUE_WITHIN_NEGATIVE,
        /** {submitter} */
        NOT_A_SUBMITTER,
        /** {max} */
        PAGE_SIZE,
        /** {max} */
        AT_MOST_MERGED,
        /** {max} */
        PAGE_AND_SIZE,
        SIGNER_NOT_APPROVER,
        CONTACT_PERSON_MISSING,
        CONTACT_PHONE_MALFORMED,
        REPLY_CLASS_MISSING,
        CLASS_B_NEEDS_COMMITMENTS,
        CLASS_C_NEEDS_LIMIT_REASON,
        /** {min} */
        REPLY_TOO_SHORT,
        /** {commitment} */
        COMMITMENT_WITHOUT_DUE_DATE,
        /** {due} {unit} */
        CO_UNIT_OPINION_MISSING,
        /** {unit} */
        CO_UNIT_NOT_COUNTERSIGNED,
        ONLY_ADMINS_SEE_ACCOUNTS,
        ROLE_REQUIRED,
        UNIT_REQUIRED_FOR_ROLE,
        UNIT_ONLY_FOR_UNIT_ROLES,
        CURRENT_PASSWORD_WRONG,
        NEW_PASSWORD_SAME,
        UNIT_CODE_FORMAT,
        /** {min} */
        PASSWORD_TOO_SHORT,
        /** {username} */
        ACCOUNT_NOT_FOUND,
        USERNAME_FORMAT,
        /** {installed} {unknown} */
        CHANNELS_NOT_INSTALLED,
        /** {id} */
        MESSAGE_NOT_FOUND,
        /** {id} */
        MESSAGE_NOT_FAILED,
        /** {available} {rule} */
        RULE_NOT_IN_USE,
        /** {reason} {rule} */
        RULE_CANNOT_SCORE,
        /** {available} {report} */
        NO_SUCH_REPORT,
        NOT_ALLOWED_COUNTY_FIGURES,
        ONLY_OWN_UNIT_FIGURES,
        NOT_ALLOWED_FIGURES,
        NO_APPROVED_REPLY,
        FROM_AFTER_TO,
        ITEM_REQUIRED,
        /** {max} */
        DEMO_COUNT,
        ENTER_USERNAME,
        ENTER_PASSWORD,
        /** {reference} */
        ITEM_REFERENCE,
        /** {seconds} */
        TOO_MANY_FAILED_LOGINS,
        /** {username} */
        NOT_A_BANLI_ACCOUNT,
        NOT_LOGGED_IN_CONSOLE,
        /** {username} */
        USERNAME_TAKEN,
        /** {unit} */
        UNIT_CODE_TAKEN,
        CHANGED_CONCURRENTLY,
        CONFLICTS_WITH_DATA,
        SUBMITTER_NOT_FOUND,
        /** {id} {record} */
        RECORD_NOT_OF_ITEM,
        /** {reference} */
        NO_SUCH_ITEM,
        HTTP_400,
        HTTP_401,
        HTTP_403,
        HTTP_404,
        HTTP_405,
        HTTP_406,
        HTTP_409,
        HTTP_413,
        HTTP_415,
        HTTP_422,
        HTTP_428,
        HTTP_429,
        HTTP_503,
        HTTP_500,
        HTTP_OTHER,
        VERSION_REQUIRED,
        /** {date} {first} {last} */
        DATE_OUT_OF_RANGE,
        /** {character} */
        CONTROL_CHARACTER,
        /** {column} {line} {reason} */
        MALFORMED_JSON,
        /** {field} */
        UNKNOWN_FIELD,
        /** {allowed} {field} {value} */
        FIELD_NOT_ONE_OF,
        /** {field} {reason} */
        FIELD_REFUSED,
        /** {expected} */
        BODY_EXPECTED,
        /** {expected} {field} */
        FIELD_EXPECTED,
        /** {max} */
        NESTED_TOO_DEEP,
        NO_SUCH_ENDPOINT,
        METHOD_NOT_ALLOWED,
        JSON_ONLY,
        SEND_JSON,
        SERVICE_UNAVAILABLE,
        INTERNAL_ERROR,
        BODY_REQUIRED,
        /** {allowed} {name} {value} */
        PARAMETER_NOT_ONE_OF,
        /** {name} {value} */
        PARAMETER_NOT_INTEGER,
        /** {max} {min} {name} {value} */
        PARAMETER_OUT_OF_RANGE,
        /** {name} {value} */
        PARAMETER_NOT_DATE,
        /** {first} {last} {name} {value} */
        PARAMETER_YEARS,
        /** {name} {value} */
        PARAMETER_NOT_BOOLEAN,
        /** {value} */
        IF_MATCH_MALFORMED,
        /** {kib} */
        BODY_TOO_LARGE,
        API_NOT_READY,
        WRONG_CREDENTIALS,
        /** {format} {installed} */
        FORMAT_NOT_INSTALLED,
        CORE_NOT_RUNNING,
        CROSS_ORIGIN,
        CSRF_TOKEN_MISSING,
        PASSWORD_CHANGE_REQUIRED,
        LOGIN_REQUIRED,
        /** {by} */
        WARNING_NO_CONTACT,
        /** {days} */
        WARNING_NO_DRAFT,
        /** {due} {unit} */
        WARNING_CO_UNIT_OPINION,
        /** {commitment} */
        WARNING_OVERDUE_COMMITMENT,
        /** {by} */
        WARNING_RATING_OVERDUE
    }

    /**
     * What a message calls a field or an action, as in "{label}不能为空"; its key in the message files is
     * {@code label.} and its name.
     */
    public enum Label {
        MERGE_REASON,
        ASSIGNMENT_REASON,
        RETURN_REASON,
        RETURN_REFUSAL_REASON,
        DECISION_REMARK,
        PARTICIPANTS,
        CONTACT_SUMMARY,
        OBJECTION,
        REMARK,
        CO_UNIT_OPINION,
        EXTENSION_REASON,
        EXTENSION_REFUSAL_REASON,
        COMMITMENT,
        REPLY_TEXT,
        SIGNER,
        CONTACT_PERSON,
        CONTACT_PHONE,
        COPY_TO,
        REVISION_REMARK,
        SEND_BACK_REMARK,
        REVIEW_REMARK,
        RATING_COMMENT,
        CONSULTATION_SUMMARY,
        COMMITMENT_PROGRESS,
        NOTICE_TEXT,
        NOTICE_RESPONSE,
        COMMENT_TEXT,
        CLOSING_REASON,
        MERGE_ITEMS,
        ASSIGN_ITEMS,
        DECIDE_RETURNS,
        ASK_FOR_EXTENSION,
        DECIDE_EXTENSIONS,
        DRAFT_REPLIES,
        APPROVE_REPLIES,
        SEND_DRAFTS_BACK,
        SUBMIT_REPLIES,
        REVIEW_REPLIES,
        RECORD_CONSULTATIONS,
        FOLLOW_UP_COMMITMENTS,
        ISSUE_NOTICES,
        CLOSE_ITEMS,
        DECIDE_DISCLOSURE,
        HOST_UNIT,
        CONTACT_METHOD,
        DATE,
        EXTENSION_DATE,
        REPLY_CLASS,
        SATISFACTION,
        DONE_ON,
        DESIGNATE_KEY_ITEMS,
        TITLE,
        BODY,
        CATEGORY,
        LEADING_OFFICIAL,
        REGISTER_ITEMS,
        AUDIT_HISTORY,
        SUBMITTER,
        READ_ITEMS,
        DISPLAY_NAME,
        PHONE,
        EMAIL,
        CREATE_ACCOUNTS,
        LIST_ACCOUNTS,
        UNIT_NAME,
        ADD_UNITS,
        READ_OUTBOX,
        READ_FAILED_MESSAGES,
        RESEND_MESSAGES,
        SEND_TEST_MESSAGES,
        RUN_REMINDERS,
        GENERATE_DEMO_DATA,
        READ_ANNUAL_SUMMARY,
        ANOTHER_VALUE,
        A_NUMBER,
        TRUE_OR_FALSE,
        A_TEXT,
        A_DATE,
        A_LIST,
        AN_OBJECT
    }

    private static final String MESSAGES = "org.banli.api.messages";

    public Text {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); // in order, and a missing value is no crash
    }

    /** @param namesAndValues alternating placeholder names and their values */
    public static Text of(Code code, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Text(code, values);
    }

    /** The text in the reader's language: English for a reader who chose it, Chinese for everyone else. */
    public String in(Locale reader) {
        return in(Locale.ENGLISH.getLanguage().equals(reader.getLanguage()));
    }

    private String in(boolean english) {
        String text = words(english).getString(code.name());
        for (Map.Entry<String, Object> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", named(value.getValue(), english));
        }
        return text;
    }

    private static ResourceBundle words(boolean english) {
        // No fallback to the machine's locale: a reader of Chinese on an English server still reads Chinese.
        return ResourceBundle.getBundle(
                MESSAGES,
                english ? Locale.ENGLISH : Locale.ROOT,
                Text.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese, then English in brackets: how logs and the console show it to an administrator. */
    public String bilingual() {
        return in(Locale.CHINESE) + " (" + in(Locale.ENGLISH) + ")";
    }

    private static String named(Object value, boolean english) {
        if (value instanceof Label label) {
            return words(english).getString("label." + label.name());
        }
        if (value instanceof Text text) {
            return text.in(english);
        }
        if (value instanceof Bilingual name) {
            return english ? name.english() : name.chinese();
        }
        if (value instanceof Collection<?> names) {
            return names.stream().map(v -> named(v, english)).collect(Collectors.joining(english ? ", " : "、"));
        }
        return value == null ? "" : String.valueOf(value);
    }
}
