export const id = 982;
export const ids = [982];
export const modules = {

/***/ 4982:
/***/ ((module) => {

module.exports = eval("require")("kerberos");


/***/ })

};
