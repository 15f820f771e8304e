package vn.pakn.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.ProblemException;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

  @Inject CallerContext caller;

  @Override
  public Response toResponse(ProblemException problem) {
    LOG.fine(() -> "problem " + problem.key() + " correlationId=" + caller.correlationId());
    return Problems.response(problem, caller.messages(), caller.correlationId());
  }
}
