package org.banli.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One line describing an endpoint, for the OpenAPI document (Chinese, then English). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Summary {
    String value();

    /**
     * The body of a successful answer, where the method returns a bare {@code Response};
     * none means "204 No Content".
     */
    Class<?> returns() default Void.class;

    /** The success status that goes with {@link #returns()}. */
    int status() default 201;

    /**
     * The media type of a body that is no JSON: the upload an {@code InputStream} parameter reads, or else the
     * download a bare {@code Response} carries. The method itself names no media type, so that whoever may not
     * use it is refused for who they are (401, 403) before any talk of formats.
     */
    String media() default "";

    /**
     * Whether the body may also come as a form's upload ({@code multipart/form-data}, the file in a part named
     * {@code file}, the query's parameters as fields), as a browser's form or {@code curl -F} sends it.
     */
    boolean formUpload() default false;
}
