package org.banli.report.pdf.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Which Chinese font PDFs embed (etc/org.banli.report.pdf.cfg, optional). */
@ObjectClassDefinition(name = "Banli 报表格式：PDF (pdf report format)")
public @interface PdfSettings {

    String PID = "org.banli.report.pdf";

    /** TrueType (glyf) fonts with Chinese, looked for in this order when no font is set. */
    String[] KNOWN_FONTS = {
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "C:/Windows/Fonts/simsun.ttc",
        "C:/Windows/Fonts/msyh.ttc"
    };

    @AttributeDefinition(
            name = "中文字体文件 A TrueType font file (.ttf or .ttc) with Chinese; empty: the first found of "
                    + "wqy-microhei, wqy-zenhei, AR PL UMing, SimSun, Microsoft YaHei",
            required = false)
    String font() default "";
}
