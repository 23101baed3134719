package org.ecoledger.support.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.sql.SQLException;
import java.time.format.DateTimeParseException;

/**
 * Every error leaves as an RFC 9457 problem. Malformed input is 400, a missing object 404, a
 * caller without the right 403, a refused or conflicting request 409. A 500 means a defect.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String UNIQUE_VIOLATION = "23505";

    @ExceptionHandler({IllegalArgumentException.class, DateTimeParseException.class})
    ProblemDetail malformed(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted e) {
        return problem(HttpStatus.FORBIDDEN, "Not permitted", e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "no such enterprise or permit: " + e.getAggregateIdentifier());
    }

    /**
     * The identity named belongs to an aggregate of another kind (a permit's ID given as a violation
     * case's): Axon finds its events but none of them makes the kind asked for, so there is no such
     * object. Nothing was written: the load failed before any handler ran.
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail otherKind(IncompatibleAggregateException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "nothing of the kind this request names has this identity");
    }

    @ExceptionHandler(RequestRefused.class)
    ProblemDetail refused(RequestRefused e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Request refused", e.getMessage());
        problem.setProperty("reason", e.reason());
        problem.setProperty("request", e.request());
        return problem;
    }

    /** Creating what exists already (registering an enterprise twice), or two writers at once. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail conflict(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "it already exists or was changed at the same time; read it again and retry");
    }

    /** Creating an aggregate whose identity is taken: the event store's unique key says so. */
    @ExceptionHandler({EventStoreException.class, AggregateStreamCreationException.class})
    ProblemDetail alreadyExists(RuntimeException e) {
        if (e instanceof AggregateStreamCreationException || isDuplicateKey(e)) {
            return problem(HttpStatus.CONFLICT, "Already exists", "an enterprise or permit with this identity exists already");
        }
        return defect(e);
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Axon wraps checked exceptions of handlers; answer for the cause. */
    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException iae) {
            return malformed(iae);
        }
        if (cause instanceof NotPermitted np) {
            return notPermitted(np);
        }
        if (cause instanceof IncompatibleAggregateException other) {
            return otherKind(other);
        }
        return defect(e);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail defect(Exception e) {
        log.error("Unhandled error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "the platform failed to handle this request");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
