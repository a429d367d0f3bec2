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
}
