package org.banli.similarity.lexical.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms of an item's text, counted: its words as smartcn segments them, and the pairs of
 * neighbouring Chinese characters (bigrams), which catch a matter worded differently. The title
 * counts twice. Formula words — what every suggestion says (关于, 建议, 加强, 进一步 …) — and
 * single characters count for nothing, so that two items are alike for their matter, not their form.
 */
final class Terms {

    /** Words are kept as they are; bigrams get this mark in front, so the two never mix. */
    static final char BIGRAM = '\u0002';

    /** What every suggestion and proposal says, whatever it is about. */
    static final Set<String> FORMULA = Set.of(
            "关于", "建议", "提案", "加快", "加强", "推进", "进一步", "完善", "提高", "提升", "改善", "解决", "问题", "我县", "全县", "有关", "方面", "工作",
            "推动", "实施", "做好", "切实", "积极", "有效", "尽快", "及时", "加大", "力度", "部门", "政府", "群众", "相关", "目前", "存在", "情况", "现象",
            "一些", "部分", "逐步", "进行", "开展", "建立", "健全", "机制", "希望", "要求", "支持", "落实", "保障", "确保", "统筹", "规划", "建设", "增加",
            "严重", "不足", "困难", "方便", "影响", "安全隐患", "隐患", "安排", "资金", "县城", "城区", "我们", "他们", "没有", "已经", "可以", "需要",
            "应该", "通过", "以及", "并且", "同时");

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}+");

    private final Analyzer analyzer = new SmartChineseAnalyzer(true);
    private final int titleWeight;

    Terms(int titleWeight) {
        this.titleWeight = titleWeight;
    }

    /** The counted terms of a title and body. */
    Map<String, Integer> of(String title, String body) {
        Map<String, Integer> counts = new HashMap<>();
        String safeTitle = title == null ? "" : title;
        String safeBody = body == null ? "" : body;
        for (int i = 0; i < titleWeight; i++) {
            add(counts, safeTitle);
        }
        add(counts, safeBody);
        return counts;
    }

    private void add(Map<String, Integer> counts, String text) {
        String plain = text.toLowerCase(Locale.ROOT);
        try (TokenStream words = analyzer.tokenStream("text", new StringReader(plain))) {
            CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
            words.reset();
            while (words.incrementToken()) {
                String word = term.toString();
                if (word.length() > 1 && !FORMULA.contains(word)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
            words.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        String withoutFormula = plain;
        for (String formula : FORMULA) {
            withoutFormula = withoutFormula.replace(formula, " ");
        }
        var runs = CJK.matcher(withoutFormula);
        while (runs.find()) {
            String run = runs.group();
            for (int i = 0; i + 1 < run.length(); i++) {
                counts.merge(BIGRAM + run.substring(i, i + 2), 1, Integer::sum);
            }
        }
    }

    static boolean isBigram(String term) {
        return term.charAt(0) == BIGRAM;
    }
}
