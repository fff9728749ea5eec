// office-addin-mock imports office-addin-manifest, whose dependencies do not load under Jest on Node 20; the
// mock only needs the module to exist.
module.exports = {};
