package org.banli.rest.internal;

import java.io.IOException;
import java.util.List;
import javax.annotation.Priority;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.ws.rs.Priorities;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;
import org.banli.api.Text;

/**
 * A request whose body may not exceed a limit, whether or not it declares its length: past the
 * limit, reading it fails with 413 before more of it is held in memory.
 */
final class BoundedBody extends HttpServletRequestWrapper {

    private final long limit;
    private Counting body;

    BoundedBody(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    /** Whether the request says in advance that its body is too large. */
    static boolean declaredTooLarge(HttpServletRequest request, long limit) {
        return request.getContentLengthLong() > limit;
    }

    static Problems.Problem tooLarge(HttpServletRequest request, long limit) {
        return Problems.problem(
                413,
                "too-large",
                detail(limit),
                Problems.reader(request.getHeader("Accept-Language")),
                request.getRequestURI(),
                List.of());
    }

    static Text detail(long limit) {
        return Text.of(Text.Code.BODY_TOO_LARGE, "kib", limit / 1024);
    }

    /** Thrown by the body past its limit; the JSON reader may wrap it, {@link Interceptor} finds it. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLarge(long limit) {
            super(null, null, false, false);
            this.limit = limit;
        }
    }

    /** Around every body reader: a body that outgrew its limit is 413, whatever the reader made of it. */
    @Priority(Priorities.ENTITY_CODER)
    static final class Interceptor implements ReaderInterceptor {
        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            try {
                return context.proceed();
            } catch (IOException | RuntimeException e) {
                refuseIfTooLarge(e);
                throw e;
            }
        }
    }

    /**
     * Refuses with 413 when a body outgrew its limit somewhere under {@code e} (a reader may wrap it): for Jersey's
     * readers and for a resource that reads its body's stream itself.
     */
    static void refuseIfTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge tooLarge) {
                throw Refusal.tooLarge(tooLarge.limit);
            }
        }
    }

    /**
     * After a body was refused as too large: reads on, up to {@code most} bytes, to its end. A client still
     * sending then reads its 413; closing on an unread body resets the connection before it can.
     */
    void drainIfRefused(long most) throws IOException {
        if (body == null || !body.refused) {
            return;
        }
        byte[] buffer = new byte[8192];
        long left = most;
        int n;
        while (left > 0 && (n = body.in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            body = new Counting(super.getInputStream());
        }
        return body;
    }

    private final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private long read;
        private boolean refused;

        Counting(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            read += n;
            if (read > limit) {
                refused = true;
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
