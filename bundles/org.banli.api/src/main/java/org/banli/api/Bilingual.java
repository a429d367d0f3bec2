package org.banli.api;

import java.util.Locale;

/** A name a person reads, in Chinese and in English, such as a status or the action a refusal names. */
public interface Bilingual {

    String chinese();

    String english();

    /** How English prose names a constant: {@code REPLY_APPROVED} is "reply approved". */
    static String english(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Words given in both languages where they are made, such as "签收" and "accept". */
    static Bilingual of(String chinese, String english) {
        return new Words(chinese, english);
    }

    /** The words of {@link #of}. */
    record Words(String chinese, String english) implements Bilingual {}
}
