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
 * reader who chose it), unless the county edited them ({@link Edits}). A value that is a {@link Label}, a
 * {@code Text} or {@link Bilingual}, or a collection of such values, is named in the reader's language too;
 * any other value as it is.
 */
public record Text(Code code, Map<String, Object> values) {

    /** Every coded text, in alphabetical order as in the message files; its key there is its name, its placeholders {@code {name}}. */
    public enum Code {
        /** {username} */
        ACCOUNT_NOT_FOUND,
        /** {item} {unit} */
        ALREADY_ASSIGNED_SO,
        ALREADY_COUNTERSIGNED,
        /** {item} */
        ALREADY_NOT_PUBLIC,
        /** {item} */
        ALREADY_PUBLIC,
        API_NOT_READY,
        /** {units} {items} {users} */
        ARCHIVE_INTO_NON_EMPTY,
        /** {reason} (a label) {detail} */
        ARCHIVE_UNREADABLE,
        /** {max} */
        ASSIGNMENT_AT_MOST,
        ASSIGNMENT_BATCH_EMPTY,
        /** {category} {unit} */
        ASSIGNMENT_BY_CATEGORY,
        /** {unit} */
        ASSIGNMENT_BY_SHEET,
        /** {years} {similar} {hosted} {unit} */
        ASSIGNMENT_BY_SIMILAR,
        /** {category} {unit} */
        ASSIGNMENT_CO_UNIT_BY_CATEGORY,
        /** {unit} */
        ASSIGNMENT_CO_UNIT_BY_SHEET,
        /** {years} {similar} {helped} {unit} */
        ASSIGNMENT_CO_UNIT_BY_SIMILAR,
        /** {item} {problem} */
        ASSIGNMENT_ITEM_REFUSED,
        /** {item} */
        ASSIGNMENT_ITEM_TWICE,
        /** {item} */
        ASSIGNMENT_NOT_NEW,
        /** {max} */
        AT_MOST_COMMITMENTS,
        /** {max} */
        AT_MOST_CO_UNITS,
        /** {max} */
        AT_MOST_MERGED,
        /** {expected} */
        BODY_EXPECTED,
        BODY_REQUIRED,
        /** {kib} */
        BODY_TOO_LARGE,
        CHANGED_CONCURRENTLY,
        /** {installed} {unknown} */
        CHANNELS_NOT_INSTALLED,
        CLASS_B_NEEDS_COMMITMENTS,
        CLASS_C_NEEDS_LIMIT_REASON,
        COMMITMENTS_ONLY_B,
        COMMITMENT_KEPT,
        /** {id} */
        COMMITMENT_NOT_FOUND,
        /** {commitment} */
        COMMITMENT_WITHOUT_DUE_DATE,
        CONFLICTS_WITH_DATA,
        CONTACT_ANSWERED,
        /** {id} */
        CONTACT_NOT_FOUND,
        CONTACT_PERSON_MISSING,
        CONTACT_PHASE,
        CONTACT_PHONE_MALFORMED,
        /** {character} */
        CONTROL_CHARACTER,
        CORE_NOT_RUNNING,
        CO_UNIT_ALREADY_ACCEPTED,
        /** {unit} */
        CO_UNIT_NOT_COUNTERSIGNED,
        /** {unit} */
        CO_UNIT_NOT_FOUND,
        /** {due} {unit} */
        CO_UNIT_OPINION_MISSING,
        CROSS_ORIGIN,
        CSRF_TOKEN_MISSING,
        CURRENT_PASSWORD_WRONG,
        DATE_BEFORE_ASSIGNMENT,
        /** {date} {first} {last} */
        DATE_OUT_OF_RANGE,
        /** {max} */
        DEMO_COUNT,
        DUE_WITHIN_NEGATIVE,
        ENTER_PASSWORD,
        ENTER_USERNAME,
        /** {deadline} */
        EXTENSION_NOT_AFTER_DEADLINE,
        EXTENSION_PENDING,
        /** {latest} {months} */
        EXTENSION_TOO_LONG,
        /** {expected} {field} */
        FIELD_EXPECTED,
        /** {allowed} {field} {value} */
        FIELD_NOT_ONE_OF,
        /** {field} {reason} */
        FIELD_REFUSED,
        FLAGGED_RATINGS_FOR_COUNTY,
        /** {format} {installed} */
        FORMAT_NOT_INSTALLED,
        FROM_AFTER_TO,
        HOST_ALSO_CO_UNIT,
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
        HTTP_500,
        HTTP_503,
        HTTP_OTHER,
        /** {value} */
        IF_MATCH_MALFORMED,
        /** {count} {name} */
        INTAKE_AMBIGUOUS_PERSON,
        /** {row} {column} {problem} */
        INTAKE_AT,
        /** {value} */
        INTAKE_BAD_DATE,
        /** {reason} */
        INTAKE_BAD_FORM,
        /** {value} */
        INTAKE_BAD_NUMBER,
        /** {value} */
        INTAKE_BAD_YES_NO,
        /** {file} */
        INTAKE_FORMAT,
        INTAKE_NO_FILE_PART,
        /** {rows} */
        INTAKE_NO_HEADER,
        INTAKE_NO_ROWS,
        /** {item} {title} */
        INTAKE_OTHER_ITEM,
        /** {count} */
        INTAKE_PROBLEMS,
        /** {number} {row} */
        INTAKE_REPEATED_NUMBER,
        /** {name} */
        INTAKE_UNKNOWN_UNIT,
        /** {reason} */
        INTAKE_UNREADABLE,
        INTERNAL_ERROR,
        /** {item} {version} {expected} */
        ITEM_CHANGED,
        /** {id} */
        ITEM_NOT_FOUND,
        /** {item} */
        ITEM_NUMBER_TAKEN,
        /** {reference} */
        ITEM_REFERENCE,
        ITEM_REQUIRED,
        /** {item} */
        ITSELF_MERGED,
        JSON_ONLY,
        KEY_ITEM_NEEDS_OFFICIAL,
        KIND_REQUIRED,
        LIMIT_REASON_ONLY_C,
        LOGIN_REQUIRED,
        /** {column} {line} {reason} */
        MALFORMED_JSON,
        /** {item} {lead} */
        MERGED_INTO_ANOTHER,
        /** {item} */
        MERGE_ALREADY_ASSIGNED,
        /** {item} */
        MERGE_ALREADY_HERE,
        /** {item} */
        MERGE_ALREADY_MERGED,
        MERGE_INTO_ITSELF,
        /** {item} */
        MERGE_KIND_OR_YEAR,
        MERGE_NAME_ITEMS,
        /** {id} */
        MESSAGE_NOT_FAILED,
        /** {id} */
        MESSAGE_NOT_FOUND,
        METHOD_NOT_ALLOWED,
        /** {max} */
        NESTED_TOO_DEEP,
        NEW_PASSWORD_SAME,
        NOTICE_ANSWERED,
        NOTICE_DUE_DATE,
        /** {id} */
        NOTICE_NOT_FOUND,
        NOTICE_UNIT,
        /** A role the person does not have: {action} */
        NOT_ALLOWED,
        NOT_ALLOWED_COUNTY_FIGURES,
        NOT_ALLOWED_FIGURES,
        /** {username} */
        NOT_A_BANLI_ACCOUNT,
        /** {official} */
        NOT_A_LEADER,
        /** {submitter} */
        NOT_A_SUBMITTER,
        /** {label} */
        NOT_IN_FUTURE,
        NOT_LOGGED_IN_CONSOLE,
        NO_ACCEPTED_REPLY,
        NO_APPROVED_REPLY,
        /** {action} {item} */
        NO_DRAFT_TO_ACT_ON,
        /** {item} */
        NO_EXTENSION_PENDING,
        /** {item} */
        NO_RETURN_PENDING,
        NO_STEP_GIVEN,
        NO_SUCH_ENDPOINT,
        /** {reference} */
        NO_SUCH_ITEM,
        /** {available} {report} */
        NO_SUCH_REPORT,
        /** {step} */
        NO_SUCH_STEP,
        NUMBER_AT_LEAST_ONE,
        OFFICIAL_ONLY_FOR_KEY_ITEMS,
        ONLY_ADMINS_SEE_ACCOUNTS,
        ONLY_CO_UNITS_COUNTERSIGN,
        ONLY_CO_UNITS_OPINE,
        ONLY_HANDLING_UNIT_ACCEPTS,
        ONLY_HANDLING_UNIT_RECORDS_CONTACTS,
        ONLY_HANDLING_UNIT_RETURNS,
        /** {action} */
        ONLY_HOST_UNIT,
        ONLY_HOST_UNIT_HANDLER,
        /** {action} */
        ONLY_HOST_UNIT_HEAD,
        ONLY_LEADING_OFFICIAL_COMMENTS,
        ONLY_NOTIFIED_UNIT_RESPONDS,
        ONLY_OWN_UNIT_FIGURES,
        ONLY_SUBMITTER_CONFIRMS,
        ONLY_SUBMITTER_RATES,
        OVERALL_ONLY,
        OWN_ACCOUNT_STAYS_ENABLED,
        OWN_ADMIN_ROLE_STAYS,
        /** {max} */
        PAGE_AND_SIZE,
        PAGE_NEGATIVE,
        /** {max} */
        PAGE_SIZE,
        PAGE_TOO_LARGE,
        /** {name} {value} */
        PARAMETER_NOT_BOOLEAN,
        /** {name} {value} */
        PARAMETER_NOT_DATE,
        /** {name} {value} */
        PARAMETER_NOT_INTEGER,
        /** {allowed} {name} {value} */
        PARAMETER_NOT_ONE_OF,
        /** {max} {min} {name} {value} */
        PARAMETER_OUT_OF_RANGE,
        /** {first} {last} {name} {value} */
        PARAMETER_YEARS,
        PASSWORD_CHANGE_REQUIRED,
        /** {min} */
        PASSWORD_TOO_SHORT,
        RATE_PROCESS,
        RATE_RESULT,
        /** {until} */
        RATING_WINDOW_OPEN,
        /** {id} {record} */
        RECORD_NOT_OF_ITEM,
        /** {date} */
        REPLY_BY_PASSED,
        REPLY_CLASS_MISSING,
        /** {replyClass} {replyClasses} */
        REPLY_CLASS_NOT_USED,
        /** {min} */
        REPLY_TOO_SHORT,
        /** {label} */
        REQUIRED,
        RETURN_NEEDS_OTHER_HOST,
        RETURN_PENDING,
        /** {days} {until} */
        RETURN_TOO_LATE,
        ROLE_REQUIRED,
        /** {reason} {rule} */
        RULE_CANNOT_SCORE,
        /** {available} {rule} */
        RULE_NOT_IN_USE,
        SEND_JSON,
        SERVICE_UNAVAILABLE,
        /** A step taken from a state it does not start from: {item} {status} {action} {allowed} */
        STATE_DOES_NOT_ALLOW,
        SUBMITTER_NOT_FOUND,
        /** {label} {max} */
        TOO_LONG,
        /** {seconds} */
        TOO_MANY_FAILED_LOGINS,
        UNIT_CODE_FORMAT,
        /** {unit} */
        UNIT_CODE_TAKEN,
        /** {unit} */
        UNIT_NOT_FOUND,
        UNIT_ONLY_FOR_UNIT_ROLES,
        UNIT_REQUIRED_FOR_ROLE,
        /** {field} */
        UNKNOWN_FIELD,
        /** {role} */
        UNKNOWN_ROLE,
        USERNAME_FORMAT,
        /** {username} */
        USERNAME_TAKEN,
        VERSION_REQUIRED,
        /** {due} {unit} */
        WARNING_CO_UNIT_OPINION,
        /** {by} */
        WARNING_NO_CONTACT,
        /** {days} */
        WARNING_NO_DRAFT,
        /** {commitment} */
        WARNING_OVERDUE_COMMITMENT,
        /** {by} */
        WARNING_RATING_OVERDUE,
        WRONG_CREDENTIALS,
        YEAR_RANGE
    }

    /**
     * What a message calls a field or an action, as in "{label}不能为空"; its key in the message files is
     * {@code label.} and its name.
     */
    public enum Label {
        ADD_UNITS,
        ANOTHER_VALUE,
        AN_OBJECT,
        APPROVE_REPLIES,
        ARCHIVE_DAMAGED,
        ARCHIVE_IS_ITEM_FILE,
        ARCHIVE_OF_ANOTHER_FORMAT,
        ARCHIVE_OF_ANOTHER_SCHEMA,
        ARCHIVE_WITHOUT_MANIFEST,
        ASK_FOR_EXTENSION,
        ASSIGNMENT_REASON,
        ASSIGN_ITEMS,
        AUDIT_HISTORY,
        A_DATE,
        A_LIST,
        A_NUMBER,
        A_TEXT,
        BODY,
        CATEGORY,
        CHOOSE_PEOPLE,
        CLOSE_ITEMS,
        CLOSING_REASON,
        COMMENT_TEXT,
        COMMITMENT,
        COMMITMENT_PROGRESS,
        CONSULTATION_SUMMARY,
        CONTACT_METHOD,
        CONTACT_PERSON,
        CONTACT_PHONE,
        CONTACT_SUMMARY,
        COPY_TO,
        CO_UNIT_OPINION,
        CREATE_ACCOUNTS,
        DATE,
        DECIDE_DISCLOSURE,
        DECIDE_EXTENSIONS,
        DECIDE_RETURNS,
        DECISION_REMARK,
        DESIGNATE_KEY_ITEMS,
        DISPLAY_NAME,
        DONE_ON,
        DRAFT_REPLIES,
        EMAIL,
        EXPORT_DATA,
        EXPORT_ITEM_FILES,
        EXTENSION_DATE,
        EXTENSION_REASON,
        EXTENSION_REFUSAL_REASON,
        FOLLOW_UP_COMMITMENTS,
        GENERATE_DEMO_DATA,
        HOST_UNIT,
        ISSUE_NOTICES,
        LEADING_OFFICIAL,
        LIST_ACCOUNTS,
        MANAGE_ACCOUNTS,
        MERGE_ITEMS,
        MERGE_REASON,
        NOTICE_RESPONSE,
        NOTICE_TEXT,
        OBJECTION,
        PARTICIPANTS,
        PHONE,
        RATING_COMMENT,
        READ_ANNUAL_SUMMARY,
        READ_FAILED_MESSAGES,
        READ_ITEMS,
        READ_OUTBOX,
        RECORD_CONSULTATIONS,
        REGISTER_ITEMS,
        REMARK,
        REPLY_CLASS,
        REPLY_TEXT,
        RESEND_MESSAGES,
        RESTORE_DATA,
        RETURN_REASON,
        RETURN_REFUSAL_REASON,
        REVIEW_REMARK,
        REVIEW_REPLIES,
        REVISION_REMARK,
        ROLE,
        RUN_REMINDERS,
        SATISFACTION,
        SEND_BACK_REMARK,
        SEND_DRAFTS_BACK,
        SEND_TEST_MESSAGES,
        SIGNER,
        SUBMITTER,
        SUBMIT_REPLIES,
        TITLE,
        TRUE_OR_FALSE,
        UNIT_NAME
    }

    /**
     * The words a county edited in its installation ({@code etc/banli-messages.properties} and
     * {@code banli-messages_en.properties}); the core supplies them while it runs.
     */
    public interface Edits {
        /** The county's words for a key, or {@code null} where the built-in ones stay. */
        String wording(String key, boolean english);
    }

    private static final String MESSAGES = "org.banli.api.messages";
    private static final Edits NONE = (key, english) -> null;
    private static volatile Edits edits = NONE;

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

    /** The core's county edits from now on ({@code null}: the built-in words alone). */
    public static void useEdits(Edits countyEdits) {
        edits = countyEdits == null ? NONE : countyEdits;
    }

    /**
     * A text of Banli by its key, as the county words it: the codes and labels here, and the notifications,
     * which the message files word in Chinese alone.
     *
     * @throws java.util.MissingResourceException if no file words it
     */
    public static String wording(String key, boolean english) {
        String edited = edits.wording(key, english);
        return edited != null ? edited : builtIn(english).getString(key);
    }

    private String in(boolean english) {
        String text = wording(code.name(), english);
        for (Map.Entry<String, Object> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", named(value.getValue(), english));
        }
        return text;
    }

    private static ResourceBundle builtIn(boolean english) {
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
            return wording("label." + label.name(), english);
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
