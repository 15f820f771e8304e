package vn.pakn.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.pakn.platform.control.CallerContext;

/**
 * A {@code @Transactional} method that failed, typically at commit while the database is away.
 * Jersey ships a mapper of its own for this type that answers a bare 500; this one, being as
 * specific and preferred, answers like {@link UnexpectedExceptionMapper}: 503 for an outage.
 */
@Provider
@Priority(1)
public class TransactionFailures implements ExceptionMapper<TransactionalException> {

  @Inject CallerContext caller;

  @Override
  public Response toResponse(TransactionalException failed) {
    return Problems.response(
        UnexpectedExceptionMapper.classify(failed, caller.correlationId()),
        caller.messages(),
        caller.correlationId());
  }
}
