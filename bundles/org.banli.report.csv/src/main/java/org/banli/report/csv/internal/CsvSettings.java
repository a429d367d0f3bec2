package org.banli.report.csv.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How csv files are written (etc/org.banli.report.csv.cfg, optional). */
@ObjectClassDefinition(name = "Banli 报表格式：CSV (csv report format)")
public @interface CsvSettings {

    String PID = "org.banli.report.csv";

    @AttributeDefinition(name = "字符编码 Encoding: UTF-8 (with a BOM, for Excel) or GB18030 (for old Excel and WPS)")
    String encoding() default "UTF-8";
}
