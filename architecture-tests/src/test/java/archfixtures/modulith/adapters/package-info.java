/**
 * A modulith with plug-ins nested in one of its modules, as the marketplace adapters are: {@code shop} with its SPI,
 * its adapters {@code shop.alpha} and {@code shop.beta} (application modules nested in shop), the module {@code other}
 * that shop uses, and {@code omega}, a top-level module. The module diagram of the documentation is drawn with and
 * without {@code shop.beta}, and with and without {@code omega}.
 */
package archfixtures.modulith.adapters;
