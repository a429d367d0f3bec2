package org.banli.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.Provider;
import org.banli.api.Text;

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

    static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        // JSON is UTF-8 (RFC 8259): bytes that look like UTF-32 are refused as malformed, not failed on as I/O.
        ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
                        .disable(JsonFactory.Feature.CHARSET_DETECTION)
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(MAX_NESTING)
                                .build())
                        .build())
                .registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule("banli-values")
                        .addDeserializer(LocalDate.class, new BoundedDate())
                        .addDeserializer(String.class, new PlainText()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // 1.5 is no count and 2 is no yes or no: refused, not rounded or read as true.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }

    /** A value of the right kind that no field takes; its text says why. */
    abstract static class RefusedValue extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        private final transient Text why;

        RefusedValue(JsonParser parser, Text why) {
            super(parser, why.bilingual());
            this.why = why;
        }

        Text why() {
            return why;
        }
    }

    /** A date outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}: a typing error, which no database column holds either. */
    static final class DateOutOfRange extends RefusedValue {
        private static final long serialVersionUID = 1L;

        DateOutOfRange(JsonParser parser, LocalDate date) {
            super(parser, Text.of(Text.Code.DATE_OUT_OF_RANGE, "date", date, "first", FIRST_YEAR, "last", LAST_YEAR));
        }
    }

    /**
     * Text with invisible control characters or direction overrides: they make a name read other than it
     * is written (U+202E), and official documents and spreadsheets cannot hold them (U+0000).
     */
    static final class ControlCharacters extends RefusedValue {
        private static final long serialVersionUID = 1L;

        ControlCharacters(JsonParser parser, int codePoint) {
            super(parser, Text.of(Text.Code.CONTROL_CHARACTER, "character", String.format("U+%04X", codePoint)));
        }
    }

    /** Every text of a body: line breaks and tabs are text; other control and direction-override characters are not. */
    private static final class PlainText extends StdDeserializer<String> {
        private static final long serialVersionUID = 1L;

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || (c >= 0x7F && c <= 0x9F)
                            || (c >= 0x202A && c <= 0x202E)
                            || (c >= 0x2066 && c <= 0x2069);
                    if (control) {
                        throw new ControlCharacters(parser, c);
                    }
                }
            }
            return text;
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
