package org.banli.rest.internal;

import java.io.IOException;
import java.time.LocalDate;

import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.Provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * One JSON dialect for the whole API: ISO dates within the years a county works in, no nulls,
 * unknown fields refused, bodies no deeper than any request of the API needs.
 */
@Provider
final class ObjectMapperResolver implements ContextResolver<ObjectMapper> {

    /** The years a date may fall in, here as in every query parameter (see {@link Resources}). */
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2999;
    /** The deepest body of the API (a reply with its commitments) is four levels deep. */
    static final int MAX_NESTING = 32;

    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build()).build())
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("banli-dates").addDeserializer(LocalDate.class, new BoundedDate()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }

    /** A date outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}: a typing error, which no database column holds either. */
    static final class DateOutOfRange extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        DateOutOfRange(JsonParser parser, LocalDate date) {
            super(parser, "日期 " + date + " 应在 " + FIRST_YEAR + " 年至 " + LAST_YEAR + " 年之间 (the date " + date
                    + " must fall between the years " + FIRST_YEAR + " and " + LAST_YEAR + ")");
        }
    }

    private static final class BoundedDate extends StdDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        BoundedDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
                throw new DateOutOfRange(parser, date);
            }
            return date;
        }
    }
}
