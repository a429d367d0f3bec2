package org.banli.api.assignment;

import java.util.List;
import org.banli.api.Text;

/**
 * A unit suggested to host an item or to help with it, and why, in words.
 *
 * @param unitCode the unit
 * @param unitName the unit as people name it
 * @param reasons  what suggests it ("2025年相似的7件中6件由县交通运输局主办", "类别 交通 → 县交通运输局"), strongest first
 */
public record SuggestedUnit(String unitCode, String unitName, List<Text> reasons) {

    public SuggestedUnit {
        reasons = List.copyOf(reasons);
    }
}
