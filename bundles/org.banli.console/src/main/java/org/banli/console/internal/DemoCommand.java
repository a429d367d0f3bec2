package org.banli.console.internal;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.demo.DemoService;
import org.banli.api.demo.DemoYear;

@Command(
        scope = "banli",
        name = "demo",
        description = "生成演示数据：单位、账号和各环节的建议提案，走真实办理流程 (generate a demonstration year through the real workflow)")
@Service
public class DemoCommand extends BanliCommand {

    @Argument(
            index = 0,
            name = "count",
            required = true,
            description = "件数 (number of items), 1–" + DemoService.MAX_ITEMS)
    int count;

    @Reference
    DemoService demo;

    @Override
    public Object execute() {
        PrintStream out = out();
        out.println("正在生成 " + count + " 件演示数据，进度见日志 (generating " + count + " items; progress in the log) ...");
        DemoYear year = demo.generate(actor(), count);
        out.println("新建单位 Units created: " + year.units().size());
        year.units().forEach(u -> out.println("  " + u));
        out.println("新建账号 Accounts created: " + year.accounts().size());
        year.accounts().forEach(a -> out.println("  " + a));
        if (year.password() != null) {
            out.println("这些账号的密码 Their password: " + year.password());
        }
        out.println("生成 " + year.items() + " 件 (items made)，各状态 (by status)："
                + new java.util.TreeMap<>(year.byStatus())
                        .entrySet().stream()
                                .map(e -> e.getKey().chinese() + " " + e.getValue())
                                .collect(java.util.stream.Collectors.joining("、")));
        return null;
    }
}
