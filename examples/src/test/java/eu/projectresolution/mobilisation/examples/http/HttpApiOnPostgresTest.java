package eu.projectresolution.mobilisation.examples.http;

/** The HTTP API on PostgreSQL. */
class HttpApiOnPostgresTest extends HttpApiContract {
  @Override
  ApiServer startServer() {
    return ApiServer.onPostgres();
  }
}
