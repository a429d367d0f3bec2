package org.banli.api.item;

import org.banli.api.Bilingual;

/** How a unit contacted the submitter; face-to-face methods count for the meeting rate (见面率). */
public enum ContactMethod {
    VISIT("登门拜访", true),
    MEETING("座谈会商", true),
    ON_SITE("现场办理", true),
    PHONE("电话", false),
    LETTER("信函", false),
    OTHER("其他", false);

    private final String chinese;
    private final boolean faceToFace;

    ContactMethod(String chinese, boolean faceToFace) {
        this.chinese = chinese;
        this.faceToFace = faceToFace;
    }

    public String chinese() {
        return chinese;
    }

    public boolean faceToFace() {
        return faceToFace;
    }

    /** In English, for a reader who chose it. */
    public String english() {
        return Bilingual.english(this);
    }
}
