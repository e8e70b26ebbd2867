package eu.projectresolution.mobilisation.examples.http;

/** The HTTP API on an embedded H2 database, the program's default store. */
class HttpApiOnH2Test extends HttpApiContract {
  @Override
  ApiServer startServer() {
    return ApiServer.onH2();
  }
}
