package org.banli.api.report;

import java.util.List;
import org.banli.api.Actor;

/** The reports Banli makes, as format-neutral models that any installed {@link ReportFormat} renders. */
public interface ReportService {

    /** The reports there are, with the parameters each takes. */
    List<ReportInfo> reports();

    /**
     * The model of one report for the actor: a handling unit's staff get only their unit's rows.
     * Tables are filled while the model is rendered, page by page.
     *
     * @throws org.banli.api.BanliException not found for an unknown report or item, a rule violation
     *         for a missing or wrong parameter
     */
    ReportModel build(Actor actor, String report, ReportParameters parameters);

    /** The installed format of that name, if it is installed now. */
    java.util.Optional<ReportFormat> format(String id);

    /** The names of the formats installed now, sorted. */
    List<String> formats();
}
