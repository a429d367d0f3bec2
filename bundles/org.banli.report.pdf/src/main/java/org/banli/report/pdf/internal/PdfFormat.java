package org.banli.report.pdf.internal;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.banli.api.report.ReportFormat;
import org.banli.api.report.ReportModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PDF with Chinese text: each document embeds the subset of a CJK TrueType font it uses, so
 * it reads the same on any machine. Without such a font on this machine the format is not
 * offered, and the log says which font to install.
 */
@Component(configurationPid = PdfSettings.PID, property = ReportFormat.FORMAT_PROPERTY + "=" + PdfFormat.ID)
@Designate(ocd = PdfSettings.class)
public class PdfFormat implements ReportFormat {

    static final String ID = "pdf";
    private static final Logger LOG = LoggerFactory.getLogger(PdfFormat.class);

    private final File fontFile;

    @Activate
    public PdfFormat(PdfSettings settings) {
        this(
                settings.font() == null || settings.font().isBlank()
                        ? null
                        : new File(settings.font().strip()));
    }

    PdfFormat(File configured) {
        this.fontFile = configured != null
                ? configured
                : Arrays.stream(PdfSettings.KNOWN_FONTS)
                        .map(File::new)
                        .filter(File::isFile)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("PDF 报表需要中文 TrueType 字体：请安装 fonts-wqy-microhei，"
                                + "或在 etc/" + PdfSettings.PID + ".cfg 设置 font (PDF reports need a Chinese TrueType "
                                + "font: install fonts-wqy-microhei or set font); looked for "
                                + Arrays.toString(PdfSettings.KNOWN_FONTS)));
        if (!fontFile.isFile()) {
            throw new IllegalArgumentException("字体文件不存在 (font file not found): " + fontFile);
        }
        try (ChineseFont font = ChineseFont.open(fontFile)) {
            LOG.info("PDF reports embed {} from {}", font.name(), fontFile);
        } catch (IOException e) {
            throw new UncheckedIOException("字体无法读取 (cannot read the font) " + fontFile, e);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void render(ReportModel model, OutputStream out) throws IOException {
        // Each document reads the font on its own: a font file is not safe for two readers at once.
        try (ChineseFont font = ChineseFont.open(fontFile)) {
            new PdfWriter(font.font()).write(model, out);
        }
    }
}
