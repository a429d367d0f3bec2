package org.banli.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.banli.api.item.Step;
import org.banli.rest.internal.dto.Requests;
import org.junit.jupiter.api.Test;

class ObjectMapperResolverTest {

    @Test
    void textWithControlOrDirectionOverrideCharactersIsRefusedWithTheCharacterNamed() {
        for (String hostile : new String[] {"\\u0000", "\\u202e", "\\u0007", "\\u2066", "\\u0085"}) {
            assertThatThrownBy(() -> ObjectMapperResolver.MAPPER.readValue(
                            "{\"reason\":\"退回" + hostile + "理由\"}", Step.RequestReturn.class))
                    .isInstanceOf(ObjectMapperResolver.ControlCharacters.class)
                    .hasMessageContaining("U+")
                    .hasMessageContaining("控制字符");
        }
    }

    @Test
    void lineBreaksTabsAndEveryScriptAreText() throws Exception {
        Step.RequestReturn step = ObjectMapperResolver.MAPPER.readValue(
                "{\"reason\":\"第一行\\n\\t第二行 ﷺ 🍚 «引»\"}", Step.RequestReturn.class);
        assertThat(step.reason()).isEqualTo("第一行\n\t第二行 ﷺ 🍚 «引»");
    }

    @Test
    void aNumberIsNoYesOrNoAndAFractionNoCount() {
        assertThatThrownBy(() -> ObjectMapperResolver.MAPPER.readValue("{\"publicReply\":2}", Step.SetDisclosure.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> ObjectMapperResolver.MAPPER.readValue(
                        "{\"kind\":\"SUGGESTION\",\"year\":2026.5}", Requests.RegisterItem.class))
                .isInstanceOf(JsonMappingException.class);
    }
}
