package org.banli.report.pdf.internal;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/** A TrueType font with Chinese glyphs, from a .ttf or the first face of a .ttc, open until closed. */
final class ChineseFont implements Closeable {

    private final Closeable source;
    private final TrueTypeFont font;

    private ChineseFont(Closeable source, TrueTypeFont font) {
        this.source = source;
        this.font = font;
    }

    static ChineseFont open(File file) throws IOException {
        ChineseFont opened;
        if (file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(face -> {
                if (first[0] == null) {
                    first[0] = face;
                }
            });
            opened = new ChineseFont(collection, first[0]);
        } else {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            opened = new ChineseFont(font, font);
        }
        if (opened.font == null
                || opened.font.getGlyph() == null
                || opened.font.getUnicodeCmapLookup().getGlyphId('中') == 0) {
            opened.close();
            throw new IllegalArgumentException(
                    "字体缺少中文或不是 TrueType 轮廓 (the font lacks Chinese or TrueType outlines): " + file);
        }
        return opened;
    }

    TrueTypeFont font() {
        return font;
    }

    String name() throws IOException {
        return font.getName();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
