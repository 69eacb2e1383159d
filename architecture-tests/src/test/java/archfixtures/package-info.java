/**
 * Planted architecture violations (and innocent neighbours) that prove every architecture rule can fail. They live
 * outside {@code com.wizamart} on purpose, so they never reach the production checks nor Spring Modulith's
 * verification of the application. Each subpackage is one case; its classes say in their Javadoc whether they are
 * planted violations or innocent.
 */
package archfixtures;
