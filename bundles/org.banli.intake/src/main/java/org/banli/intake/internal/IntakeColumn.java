package org.banli.intake.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns such sheets have, each under the names offices give it. A header matches a column
 * when, without spaces, brackets and what they hold (（必填）), it is one of the names or, failing
 * that, contains one; the longest name wins, so 拟主办单位 is not taken for 主办单位's neighbour.
 */
enum IntakeColumn {
    NUMBER("编号：本年度的序号，可空（顺延编号）", "编号", "建议号", "提案号", "案号"),
    TITLE("标题（提案为案由），必填", "标题", "案由", "题目"),
    CATEGORY("类别，如 教育、交通、城乡建设", "类别", "分类"),
    SUBMITTER("领衔代表或第一提案人的姓名，必填", "领衔代表", "第一提案人", "提出人", "领衔人", "提案人", "代表"),
    CO_SUBMITTERS("附议代表或联名提案人，以、或空格分隔", "附议代表", "联名提案人", "附议人", "联名人", "附议", "联名"),
    DELEGATION("代表团或界别", "代表团", "界别"),
    BODY("正文，必填", "内容", "正文", "建议内容", "提案内容", "理由"),
    PHONE("提出人的联系电话", "联系电话", "电话", "手机"),
    PROPOSED_HOST("拟主办单位的名称（可省去“县”）", "拟主办单位", "主办单位", "承办单位"),
    PROPOSED_CO_UNITS("拟协办单位的名称，以、分隔", "拟协办单位", "协办单位"),
    KEY_ITEM("是否重点：是或否", "是否重点", "重点件", "重点"),
    PUBLIC_REPLY("答复是否公开：是或否", "是否公开", "公开"),
    SUBMITTED_ON("提出日期，如 2026-01-15", "提出日期", "提交日期", "日期");

    final List<String> names;

    /** What goes in the column, for the template's notes. */
    final String meaning;

    IntakeColumn(String meaning, String... names) {
        this.meaning = meaning;
        this.names = List.of(names);
    }

    /** The column's header as a sheet of this kind names it: 领衔代表 for suggestions, 第一提案人 for proposals. */
    String header(org.banli.api.item.ItemKind kind) {
        boolean proposal = kind == org.banli.api.item.ItemKind.PROPOSAL;
        return switch (this) {
            case TITLE -> proposal ? "案由" : "标题";
            case SUBMITTER -> proposal ? "第一提案人" : "领衔代表";
            case CO_SUBMITTERS -> proposal ? "联名提案人" : "附议代表";
            case DELEGATION -> proposal ? "界别" : "代表团";
            default -> names.get(0);
        };
    }

    /** The column a header names, if any. */
    static Optional<IntakeColumn> of(String header) {
        String plain = header.replaceAll("[（(\\[【].*?[）)\\]】]", "").replaceAll("[\\s　*＊:：]", "");
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        IntakeColumn best = null;
        int bestLength = 0;
        for (IntakeColumn column : values()) {
            for (String name : column.names) {
                if (plain.equals(name)) {
                    return Optional.of(column);
                }
                if (plain.contains(name) && name.length() > bestLength) {
                    best = column;
                    bestLength = name.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Where each column is, from a header row, or from two when offices head a group of columns with one
     * merged cell over their own names (提出人 over 领衔代表 | 附议代表): the lower name counts where it is given.
     */
    static Map<IntakeColumn, Integer> positions(List<String> upper, List<String> lower) {
        Map<IntakeColumn, Integer> positions = new EnumMap<>(IntakeColumn.class);
        int width = Math.max(upper.size(), lower == null ? 0 : lower.size());
        for (int c = 0; c < width; c++) {
            String below = lower != null && c < lower.size() ? lower.get(c) : "";
            String above = c < upper.size() ? upper.get(c) : "";
            Optional<IntakeColumn> column = of(below.isBlank() ? above : below);
            if (column.isPresent() && !positions.containsKey(column.get())) {
                positions.put(column.get(), c);
            }
        }
        return positions;
    }
}
