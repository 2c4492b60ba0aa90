/** The package version, replaced at build time by webpack's DefinePlugin (webpack.config.js). */
declare const __FINSAM_VERSION__: string | undefined;
