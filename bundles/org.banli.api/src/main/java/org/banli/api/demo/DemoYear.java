package org.banli.api.demo;

import java.util.List;
import java.util.Map;
import org.banli.api.item.ItemStatus;

/**
 * What a demonstration run made.
 *
 * @param units       units created (existing ones are reused)
 * @param accounts    accounts created, with their roles in words; existing ones are reused
 * @param password    the password of every account this run created
 * @param items       items made
 * @param byStatus    how many of them stand in each state
 */
public record DemoYear(
        List<String> units, List<String> accounts, String password, int items, Map<ItemStatus, Integer> byStatus) {

    public DemoYear {
        units = List.copyOf(units);
        accounts = List.copyOf(accounts);
        byStatus = Map.copyOf(byStatus);
    }
}
