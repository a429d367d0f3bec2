package org.banli.rest.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import org.banli.api.item.Step;
import org.banli.rest.internal.dto.Requests;

/**
 * Whatever bytes arrive as a body, the API's JSON dialect reads them or refuses them with a
 * JsonProcessingException, which is a 400 problem; any other failure would be a 500. Every build
 * replays the seeds in {@code BodyFuzzTestInputs/}; {@code JAZZER_FUZZ=1} searches for more.
 */
class BodyFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void everyBodyIsReadOrRefusedAsABadRequest(FuzzedDataProvider data) throws IOException {
        byte[] body = data.consumeRemainingAsBytes();
        for (Class<?> type : new Class<?>[] {Step.DraftReply.class, Requests.RegisterItem.class, Step.Merge.class}) {
            try {
                ObjectMapperResolver.MAPPER.readValue(body, type);
            } catch (JsonProcessingException refused) {
                // answered 400 by ProblemMappers
            }
        }
    }
}
