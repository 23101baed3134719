package org.ecoledger.common.enforcement;

/** The yearly environmental credit level (企业环境信用评价), best first. Black puts the enterprise on the blacklist. */
public enum CreditLevel {
    GREEN,
    BLUE,
    YELLOW,
    RED,
    BLACK
}
