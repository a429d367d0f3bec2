package org.banli.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small client for Banli's REST API over real HTTP, as any outside client would use it. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    static Api at(int port) {
        return new Api("http://localhost:" + port + "/api/v1", null);
    }

    Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token);
    }

    /**
     * The first login of an account whose password someone else chose: its owner sets their own, as
     * Banli asks before anything else. Answers the client with the new password.
     */
    Api ownPassword(String username, String initialPassword, String newPassword) {
        Answer changed = as(username, initialPassword)
                .post("/users/me/password", json("currentPassword", initialPassword, "newPassword", newPassword));
        if (changed.status() != 204) {
            throw new AssertionError("password change of " + username + ": " + changed);
        }
        return as(username, newPassword);
    }

    /**
     * An account an administrator makes ({@code admin} posting the alternating keys and values of
     * {@code fields}, username first), whose owner then sets {@code password} at the first login.
     */
    Api account(Api admin, String password, Object... fields) {
        String initial = "initial-" + password;
        Object[] body = java.util.Arrays.copyOf(fields, fields.length + 2);
        body[fields.length] = "password";
        body[fields.length + 1] = initial;
        Answer created = admin.post("/users", json(body));
        if (created.status() != 201) {
            throw new AssertionError("account " + fields[1] + ": " + created);
        }
        return ownPassword((String) fields[1], initial, password);
    }

    /** A web login as the desk makes one: answers the session cookie that later requests send. */
    String sessionCookie(String username, String password) {
        try {
            HttpResponse<String> login = http.send(
                    builder("/session")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    json("username", username, "password", password), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (login.statusCode() != 200) {
                throw new AssertionError("web login of " + username + ": " + login.statusCode() + " " + login.body());
            }
            return login.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with a web login's cookie instead of credentials. */
    Answer getWithCookie(String path, String cookie) {
        return send(builder(path).header("Cookie", cookie).GET());
    }

    Answer get(String path) {
        return send(builder(path).GET());
    }

    Answer post(String path, String json) {
        return send("application/json", path, json);
    }

    Answer send(String contentType, String path, String body) {
        return send(builder(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    Answer put(String path, String json) {
        return send(builder(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A POST of JSON that names the version it is based on in If-Match. */
    Answer postIfMatch(String path, String etag, String json) {
        return send(builder(path)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A step as a client that read the item sends it: naming the item's current ETag in If-Match. */
    Answer step(long id, String step, String json) {
        return postIfMatch("/items/" + id + "/" + step, get("/items/" + id).etag(), json);
    }

    /**
     * Any request, as a client that makes mistakes or attacks would send it: the path as given (already
     * percent-encoded), any body bytes, any headers.
     */
    Answer request(String method, String path, String contentType, byte[] body, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = builder(path)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request);
    }

    /** Builds JSON text from alternating keys and values, so tests need no string escaping. */
    static String json(Object... keysAndValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
        }
        return node.toString();
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = contentType.contains("json") && !response.body().isEmpty()
                    ? JSON.readTree(response.body())
                    : MissingNode.getInstance();
            return new Answer(
                    response.statusCode(),
                    contentType,
                    body,
                    response.body(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file as a browser would download it: the bytes, with their type and Content-Disposition. */
    Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(
                    builder(path).setHeader("Accept", "*/*").build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Download(int status, String contentType, String disposition, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** One HTTP answer: status, content type, parsed JSON (or missing) and the raw text. */
    record Answer(int status, String contentType, JsonNode body, String text, String etag, String retryAfter) {
        @Override
        public String toString() {
            return status + " " + contentType + " " + text;
        }
    }
}
