package org.ecoledger.support.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Answers the errors that never reached a controller as problem details, in place of Spring Boot's
 * own error body: a request the security firewall rejected (an empty path segment, an encoded
 * percent sign or a semicolon in the path), or a status the servlet container set. Each is sent to
 * this error path with its status; the advice answers everything that reached a controller.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, not sent here by the container: there is nothing at this path
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : HttpStatus.NOT_FOUND;
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // the path the container was given is kept out of the answer rather than echoed unchecked
            }
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "the request was refused before it reached an endpoint; a path with an empty segment, an encoded"
                    + " slash or percent sign, a semicolon or a control character is refused";
            case NOT_FOUND -> "nothing is published at this path";
            case METHOD_NOT_ALLOWED -> "this path does not take this method";
            default -> status.is5xxServerError() ? "the platform failed to handle this request" : status.getReasonPhrase();
        };
    }
}
