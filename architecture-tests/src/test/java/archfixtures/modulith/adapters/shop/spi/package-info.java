/** shop's SPI, which its adapters implement. */
@org.springframework.modulith.NamedInterface("spi")
package archfixtures.modulith.adapters.shop.spi;
