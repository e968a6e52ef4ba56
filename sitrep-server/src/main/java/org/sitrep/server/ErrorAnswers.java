package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every error as JSON, {@code {"error": ..., "parameter": ...}}, with the status that says whose fault
 * it is: 400 for a bad parameter (named), 404, 413 for a body over the limit, 503 for an answer past
 * its deadline, 500 with the failure's kind and nothing of its detail.
 */
final class ErrorAnswers {
  private ErrorAnswers() {
  }

  /** Marks a request whose error answer is written, so the status handlers leave it as it is. */
  private static final String ANSWERED = "sitrep-error-answered";

  static void register(Javalin app, Duration deadline, long maxRequestBytes) {
    app.exception(BadParameter.class, (e, ctx) -> send(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter));
    app.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), null));
    app.exception(SQLException.class, (e, ctx) -> {
      if (org.sitrep.store.EventStore.timedOut(e)) {
        send(ctx, HttpStatus.SERVICE_UNAVAILABLE, new Deadline.Passed(deadline).getMessage(), null);
      } else {
        send(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the store could not answer", null);
      }
    });
    app.exception(Deadline.Passed.class, (e, ctx) -> send(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null));
    app.exception(Exception.class, (e, ctx) -> send(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
        "the request could not be answered: " + e.getClass().getSimpleName(), null));
    app.error(404, ctx -> {
      // a handler's own 404 ("no event e-1") has said more than "no such resource"
      if (ctx.path().startsWith("/api/") && ctx.attribute(ANSWERED) == null) {
        send(ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.path(), null);
      }
    });
    app.error(413, ctx -> send(ctx, HttpStatus.CONTENT_TOO_LARGE, "request body over " + maxRequestBytes + " bytes",
        null));
  }

  static void send(Context ctx, HttpStatus status, String message, String parameter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    ctx.attribute(ANSWERED, Boolean.TRUE);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    ctx.status(status).json(body);
  }
}
