import { createRequire as __slipway_createRequire__ } from "node:module";
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


__webpack_unused_export__ = httpOverHttp;
__webpack_unused_export__ = httpsOverHttp;
__webpack_unused_export__ = httpOverHttps;
__webpack_unused_export__ = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 735:
/***/ ((module) => {



/** @type {Record<string, string | undefined>} */
const headerNameLowerCasedRecord = {}

// https://developer.mozilla.org/docs/Web/HTTP/Headers
const wellknownHeaderNames = [
  'Accept',
  'Accept-Encoding',
  'Accept-Language',
  'Accept-Ranges',
  'Access-Control-Allow-Credentials',
  'Access-Control-Allow-Headers',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Origin',
  'Access-Control-Expose-Headers',
  'Access-Control-Max-Age',
  'Access-Control-Request-Headers',
  'Access-Control-Request-Method',
  'Age',
  'Allow',
  'Alt-Svc',
  'Alt-Used',
  'Authorization',
  'Cache-Control',
  'Clear-Site-Data',
  'Connection',
  'Content-Disposition',
  'Content-Encoding',
  'Content-Language',
  'Content-Length',
  'Content-Location',
  'Content-Range',
  'Content-Security-Policy',
  'Content-Security-Policy-Report-Only',
  'Content-Type',
  'Cookie',
  'Cross-Origin-Embedder-Policy',
  'Cross-Origin-Opener-Policy',
  'Cross-Origin-Resource-Policy',
  'Date',
  'Device-Memory',
  'Downlink',
  'ECT',
  'ETag',
  'Expect',
  'Expect-CT',
  'Expires',
  'Forwarded',
  'From',
  'Host',
  'If-Match',
  'If-Modified-Since',
  'If-None-Match',
  'If-Range',
  'If-Unmodified-Since',
  'Keep-Alive',
  'Last-Modified',
  'Link',
  'Location',
  'Max-Forwards',
  'Origin',
  'Permissions-Policy',
  'Pragma',
  'Proxy-Authenticate',
  'Proxy-Authorization',
  'RTT',
  'Range',
  'Referer',
  'Referrer-Policy',
  'Refresh',
  'Retry-After',
  'Sec-WebSocket-Accept',
  'Sec-WebSocket-Extensions',
  'Sec-WebSocket-Key',
  'Sec-WebSocket-Protocol',
  'Sec-WebSocket-Version',
  'Server',
  'Server-Timing',
  'Service-Worker-Allowed',
  'Service-Worker-Navigation-Preload',
  'Set-Cookie',
  'SourceMap',
  'Strict-Transport-Security',
  'Supports-Loading-Mode',
  'TE',
  'Timing-Allow-Origin',
  'Trailer',
  'Transfer-Encoding',
  'Upgrade',
  'Upgrade-Insecure-Requests',
  'User-Agent',
  'Vary',
  'Via',
  'WWW-Authenticate',
  'X-Content-Type-Options',
  'X-DNS-Prefetch-Control',
  'X-Frame-Options',
  'X-Permitted-Cross-Domain-Policies',
  'X-Powered-By',
  'X-Requested-With',
  'X-XSS-Protection'
]

for (let i = 0; i < wellknownHeaderNames.length; ++i) {
  const key = wellknownHeaderNames[i]
  const lowerCasedKey = key.toLowerCase()
  headerNameLowerCasedRecord[key] = headerNameLowerCasedRecord[lowerCasedKey] =
    lowerCasedKey
}

// Note: object prototypes should not be able to be referenced. e.g. `Object#hasOwnProperty`.
Object.setPrototypeOf(headerNameLowerCasedRecord, null)

module.exports = {
  wellknownHeaderNames,
  headerNameLowerCasedRecord
}


/***/ }),

/***/ 

/***/ 8707:
/***/ ((module) => {



const kUndiciError = Symbol.for('undici.error.UND_ERR')
class UndiciError extends Error {
  constructor (message) {
    super(message)
    this.name = 'UndiciError'
    this.code = 'UND_ERR'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kUndiciError] === true
  }

  [kUndiciError] = true
}

const kConnectTimeoutError = Symbol.for('undici.error.UND_ERR_CONNECT_TIMEOUT')
class ConnectTimeoutError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'ConnectTimeoutError'
    this.message = message || 'Connect Timeout Error'
    this.code = 'UND_ERR_CONNECT_TIMEOUT'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kConnectTimeoutError] === true
  }

  [kConnectTimeoutError] = true
}

const kHeadersTimeoutError = Symbol.for('undici.error.UND_ERR_HEADERS_TIMEOUT')
class HeadersTimeoutError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'HeadersTimeoutError'
    this.message = message || 'Headers Timeout Error'
    this.code = 'UND_ERR_HEADERS_TIMEOUT'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kHeadersTimeoutError] === true
  }

  [kHeadersTimeoutError] = true
}

const kHeadersOverflowError = Symbol.for('undici.error.UND_ERR_HEADERS_OVERFLOW')
class HeadersOverflowError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'HeadersOverflowError'
    this.message = message || 'Headers Overflow Error'
    this.code = 'UND_ERR_HEADERS_OVERFLOW'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kHeadersOverflowError] === true
  }

  [kHeadersOverflowError] = true
}

const kBodyTimeoutError = Symbol.for('undici.error.UND_ERR_BODY_TIMEOUT')
class BodyTimeoutError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'BodyTimeoutError'
    this.message = message || 'Body Timeout Error'
    this.code = 'UND_ERR_BODY_TIMEOUT'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kBodyTimeoutError] === true
  }

  [kBodyTimeoutError] = true
}

const kResponseStatusCodeError = Symbol.for('undici.error.UND_ERR_RESPONSE_STATUS_CODE')
class ResponseStatusCodeError extends UndiciError {
  constructor (message, statusCode, headers, body) {
    super(message)
    this.name = 'ResponseStatusCodeError'
    this.message = message || 'Response Status Code Error'
    this.code = 'UND_ERR_RESPONSE_STATUS_CODE'
    this.body = body
    this.status = statusCode
    this.statusCode = statusCode
    this.headers = headers
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kResponseStatusCodeError] === true
  }

  [kResponseStatusCodeError] = true
}

const kInvalidArgumentError = Symbol.for('undici.error.UND_ERR_INVALID_ARG')
class InvalidArgumentError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'InvalidArgumentError'
    this.message = message || 'Invalid Argument Error'
    this.code = 'UND_ERR_INVALID_ARG'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kInvalidArgumentError] === true
  }

  [kInvalidArgumentError] = true
}

const kInvalidReturnValueError = Symbol.for('undici.error.UND_ERR_INVALID_RETURN_VALUE')
class InvalidReturnValueError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'InvalidReturnValueError'
    this.message = message || 'Invalid Return Value Error'
    this.code = 'UND_ERR_INVALID_RETURN_VALUE'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kInvalidReturnValueError] === true
  }

  [kInvalidReturnValueError] = true
}

const kAbortError = Symbol.for('undici.error.UND_ERR_ABORT')
class AbortError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'AbortError'
    this.message = message || 'The operation was aborted'
    this.code = 'UND_ERR_ABORT'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kAbortError] === true
  }

  [kAbortError] = true
}

const kRequestAbortedError = Symbol.for('undici.error.UND_ERR_ABORTED')
class RequestAbortedError extends AbortError {
  constructor (message) {
    super(message)
    this.name = 'AbortError'
    this.message = message || 'Request aborted'
    this.code = 'UND_ERR_ABORTED'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kRequestAbortedError] === true
  }

  [kRequestAbortedError] = true
}

const kInformationalError = Symbol.for('undici.error.UND_ERR_INFO')
class InformationalError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'InformationalError'
    this.message = message || 'Request information'
    this.code = 'UND_ERR_INFO'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kInformationalError] === true
  }

  [kInformationalError] = true
}

const kRequestContentLengthMismatchError = Symbol.for('undici.error.UND_ERR_REQ_CONTENT_LENGTH_MISMATCH')
class RequestContentLengthMismatchError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'RequestContentLengthMismatchError'
    this.message = message || 'Request body length does not match content-length header'
    this.code = 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kRequestContentLengthMismatchError] === true
  }

  [kRequestContentLengthMismatchError] = true
}

const kResponseContentLengthMismatchError = Symbol.for('undici.error.UND_ERR_RES_CONTENT_LENGTH_MISMATCH')
class ResponseContentLengthMismatchError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'ResponseContentLengthMismatchError'
    this.message = message || 'Response body length does not match content-length header'
    this.code = 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kResponseContentLengthMismatchError] === true
  }

  [kResponseContentLengthMismatchError] = true
}

const kClientDestroyedError = Symbol.for('undici.error.UND_ERR_DESTROYED')
class ClientDestroyedError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'ClientDestroyedError'
    this.message = message || 'The client is destroyed'
    this.code = 'UND_ERR_DESTROYED'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kClientDestroyedError] === true
  }

  [kClientDestroyedError] = true
}

const kClientClosedError = Symbol.for('undici.error.UND_ERR_CLOSED')
class ClientClosedError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'ClientClosedError'
    this.message = message || 'The client is closed'
    this.code = 'UND_ERR_CLOSED'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kClientClosedError] === true
  }

  [kClientClosedError] = true
}

const kSocketError = Symbol.for('undici.error.UND_ERR_SOCKET')
class SocketError extends UndiciError {
  constructor (message, socket) {
    super(message)
    this.name = 'SocketError'
    this.message = message || 'Socket error'
    this.code = 'UND_ERR_SOCKET'
    this.socket = socket
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kSocketError] === true
  }

  [kSocketError] = true
}

const kNotSupportedError = Symbol.for('undici.error.UND_ERR_NOT_SUPPORTED')
class NotSupportedError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'NotSupportedError'
    this.message = message || 'Not supported error'
    this.code = 'UND_ERR_NOT_SUPPORTED'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kNotSupportedError] === true
  }

  [kNotSupportedError] = true
}

const kBalancedPoolMissingUpstreamError = Symbol.for('undici.error.UND_ERR_BPL_MISSING_UPSTREAM')
class BalancedPoolMissingUpstreamError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'MissingUpstreamError'
    this.message = message || 'No upstream has been added to the BalancedPool'
    this.code = 'UND_ERR_BPL_MISSING_UPSTREAM'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kBalancedPoolMissingUpstreamError] === true
  }

  [kBalancedPoolMissingUpstreamError] = true
}

const kHTTPParserError = Symbol.for('undici.error.UND_ERR_HTTP_PARSER')
class HTTPParserError extends Error {
  constructor (message, code, data) {
    super(message)
    this.name = 'HTTPParserError'
    this.code = code ? `HPE_${code}` : undefined
    this.data = data ? data.toString() : undefined
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kHTTPParserError] === true
  }

  [kHTTPParserError] = true
}

const kResponseExceededMaxSizeError = Symbol.for('undici.error.UND_ERR_RES_EXCEEDED_MAX_SIZE')
class ResponseExceededMaxSizeError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'ResponseExceededMaxSizeError'
    this.message = message || 'Response content exceeded max size'
    this.code = 'UND_ERR_RES_EXCEEDED_MAX_SIZE'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kResponseExceededMaxSizeError] === true
  }

  [kResponseExceededMaxSizeError] = true
}

const kRequestRetryError = Symbol.for('undici.error.UND_ERR_REQ_RETRY')
class RequestRetryError extends UndiciError {
  constructor (message, code, { headers, data }) {
    super(message)
    this.name = 'RequestRetryError'
    this.message = message || 'Request retry error'
    this.code = 'UND_ERR_REQ_RETRY'
    this.statusCode = code
    this.data = data
    this.headers = headers
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kRequestRetryError] === true
  }

  [kRequestRetryError] = true
}

const kResponseError = Symbol.for('undici.error.UND_ERR_RESPONSE')
class ResponseError extends UndiciError {
  constructor (message, code, { headers, data }) {
    super(message)
    this.name = 'ResponseError'
    this.message = message || 'Response error'
    this.code = 'UND_ERR_RESPONSE'
    this.statusCode = code
    this.data = data
    this.headers = headers
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kResponseError] === true
  }

  [kResponseError] = true
}

const kSecureProxyConnectionError = Symbol.for('undici.error.UND_ERR_PRX_TLS')
class SecureProxyConnectionError extends UndiciError {
  constructor (cause, message, options) {
    super(message, { cause, ...(options ?? {}) })
    this.name = 'SecureProxyConnectionError'
    this.message = message || 'Secure Proxy Connection failed'
    this.code = 'UND_ERR_PRX_TLS'
    this.cause = cause
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kSecureProxyConnectionError] === true
  }

  [kSecureProxyConnectionError] = true
}

const kMessageSizeExceededError = Symbol.for('undici.error.UND_ERR_WS_MESSAGE_SIZE_EXCEEDED')
class MessageSizeExceededError extends UndiciError {
  constructor (message) {
    super(message)
    this.name = 'MessageSizeExceededError'
    this.message = message || 'Max decompressed message size exceeded'
    this.code = 'UND_ERR_WS_MESSAGE_SIZE_EXCEEDED'
  }

  static [Symbol.hasInstance] (instance) {
    return instance && instance[kMessageSizeExceededError] === true
  }

  get [kMessageSizeExceededError] () {
    return true
  }
}

module.exports = {
  AbortError,
  HTTPParserError,
  UndiciError,
  HeadersTimeoutError,
  HeadersOverflowError,
  BodyTimeoutError,
  RequestContentLengthMismatchError,
  ConnectTimeoutError,
  ResponseStatusCodeError,
  InvalidArgumentError,
  InvalidReturnValueError,
  RequestAbortedError,
  ClientDestroyedError,
  ClientClosedError,
  InformationalError,
  SocketError,
  NotSupportedError,
  ResponseContentLengthMismatchError,
  BalancedPoolMissingUpstreamError,
  ResponseExceededMaxSizeError,
  RequestRetryError,
  ResponseError,
  SecureProxyConnectionError,
  MessageSizeExceededError
}


/***/ }),

/***/ 

/***/ 6443:
/***/ ((module) => {

module.exports = {
  kClose: Symbol('close'),
  kDestroy: Symbol('destroy'),
  kDispatch: Symbol('dispatch'),
  kUrl: Symbol('url'),
  kWriting: Symbol('writing'),
  kResuming: Symbol('resuming'),
  kQueue: Symbol('queue'),
  kConnect: Symbol('connect'),
  kConnecting: Symbol('connecting'),
  kKeepAliveDefaultTimeout: Symbol('default keep alive timeout'),
  kKeepAliveMaxTimeout: Symbol('max keep alive timeout'),
  kKeepAliveTimeoutThreshold: Symbol('keep alive timeout threshold'),
  kKeepAliveTimeoutValue: Symbol('keep alive timeout'),
  kKeepAlive: Symbol('keep alive'),
  kHeadersTimeout: Symbol('headers timeout'),
  kBodyTimeout: Symbol('body timeout'),
  kServerName: Symbol('server name'),
  kLocalAddress: Symbol('local address'),
  kHost: Symbol('host'),
  kNoRef: Symbol('no ref'),
  kBodyUsed: Symbol('used'),
  kBody: Symbol('abstracted request body'),
  kRunning: Symbol('running'),
  kBlocking: Symbol('blocking'),
  kPending: Symbol('pending'),
  kSize: Symbol('size'),
  kBusy: Symbol('busy'),
  kQueued: Symbol('queued'),
  kFree: Symbol('free'),
  kConnected: Symbol('connected'),
  kClosed: Symbol('closed'),
  kNeedDrain: Symbol('need drain'),
  kReset: Symbol('reset'),
  kDestroyed: Symbol.for('nodejs.stream.destroyed'),
  kResume: Symbol('resume'),
  kOnError: Symbol('on error'),
  kMaxHeadersSize: Symbol('max headers size'),
  kRunningIdx: Symbol('running index'),
  kPendingIdx: Symbol('pending index'),
  kError: Symbol('error'),
  kClients: Symbol('clients'),
  kClient: Symbol('client'),
  kParser: Symbol('parser'),
  kOnDestroyed: Symbol('destroy callbacks'),
  kPipelining: Symbol('pipelining'),
  kSocket: Symbol('socket'),
  kHostHeader: Symbol('host header'),
  kConnector: Symbol('connector'),
  kStrictContentLength: Symbol('strict content length'),
  kMaxRedirections: Symbol('maxRedirections'),
  kMaxRequests: Symbol('maxRequestsPerClient'),
  kProxy: Symbol('proxy agent options'),
  kCounter: Symbol('socket request counter'),
  kInterceptors: Symbol('dispatch interceptors'),
  kMaxResponseSize: Symbol('max response size'),
  kHTTP2Session: Symbol('http2Session'),
  kHTTP2SessionState: Symbol('http2Session state'),
  kRetryHandlerDefaultRetry: Symbol('retry agent default retry'),
  kConstruct: Symbol('constructable'),
  kListeners: Symbol('listeners'),
  kHTTPContext: Symbol('http context'),
  kMaxConcurrentStreams: Symbol('max concurrent streams'),
  kNoProxyAgent: Symbol('no proxy agent'),
  kHttpProxyAgent: Symbol('http proxy agent'),
  kHttpsProxyAgent: Symbol('https proxy agent')
}


/***/ }),

/***/ 7752:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const {
  wellknownHeaderNames,
  headerNameLowerCasedRecord
} = __nccwpck_require__(735)

class TstNode {
  /** @type {any} */
  value = null
  /** @type {null | TstNode} */
  left = null
  /** @type {null | TstNode} */
  middle = null
  /** @type {null | TstNode} */
  right = null
  /** @type {number} */
  code
  /**
   * @param {string} key
   * @param {any} value
   * @param {number} index
   */
  constructor (key, value, index) {
    if (index === undefined || index >= key.length) {
      throw new TypeError('Unreachable')
    }
    const code = this.code = key.charCodeAt(index)
    // check code is ascii string
    if (code > 0x7F) {
      throw new TypeError('key must be ascii string')
    }
    if (key.length !== ++index) {
      this.middle = new TstNode(key, value, index)
    } else {
      this.value = value
    }
  }

  /**
   * @param {string} key
   * @param {any} value
   */
  add (key, value) {
    const length = key.length
    if (length === 0) {
      throw new TypeError('Unreachable')
    }
    let index = 0
    let node = this
    while (true) {
      const code = key.charCodeAt(index)
      // check code is ascii string
      if (code > 0x7F) {
        throw new TypeError('key must be ascii string')
      }
      if (node.code === code) {
        if (length === ++index) {
          node.value = value
          break
        } else if (node.middle !== null) {
          node = node.middle
        } else {
          node.middle = new TstNode(key, value, index)
          break
        }
      } else if (node.code < code) {
        if (node.left !== null) {
          node = node.left
        } else {
          node.left = new TstNode(key, value, index)
          break
        }
      } else if (node.right !== null) {
        node = node.right
      } else {
        node.right = new TstNode(key, value, index)
        break
      }
    }
  }

  /**
   * @param {Uint8Array} key
   * @return {TstNode | null}
   */
  search (key) {
    const keylength = key.length
    let index = 0
    let node = this
    while (node !== null && index < keylength) {
      let code = key[index]
      // A-Z
      // First check if it is bigger than 0x5a.
      // Lowercase letters have higher char codes than uppercase ones.
      // Also we assume that headers will mostly contain lowercase characters.
      if (code <= 0x5a && code >= 0x41) {
        // Lowercase for uppercase.
        code |= 32
      }
      while (node !== null) {
        if (code === node.code) {
          if (keylength === ++index) {
            // Returns Node since it is the last key.
            return node
          }
          node = node.middle
          break
        }
        node = node.code < code ? node.left : node.right
      }
    }
    return null
  }
}

class TernarySearchTree {
  /** @type {TstNode | null} */
  node = null

  /**
   * @param {string} key
   * @param {any} value
   * */
  insert (key, value) {
    if (this.node === null) {
      this.node = new TstNode(key, value, 0)
    } else {
      this.node.add(key, value)
    }
  }

  /**
   * @param {Uint8Array} key
   * @return {any}
   */
  lookup (key) {
    return this.node?.search(key)?.value ?? null
  }
}

const tree = new TernarySearchTree()

for (let i = 0; i < wellknownHeaderNames.length; ++i) {
  const key = headerNameLowerCasedRecord[wellknownHeaderNames[i]]
  tree.insert(key, key)
}

module.exports = {
  TernarySearchTree,
  tree
}


/***/ }),

/***/ 3440:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const assert = __nccwpck_require__(4589)
const { kDestroyed, kBodyUsed, kListeners, kBody } = __nccwpck_require__(6443)
const { IncomingMessage } = __nccwpck_require__(7067)
const stream = __nccwpck_require__(7075)
const net = __nccwpck_require__(7030)
const { Blob } = __nccwpck_require__(4573)
const nodeUtil = __nccwpck_require__(7975)
const { stringify } = __nccwpck_require__(1792)
const { EventEmitter: EE } = __nccwpck_require__(8474)
const { InvalidArgumentError } = __nccwpck_require__(8707)
const { headerNameLowerCasedRecord } = __nccwpck_require__(735)
const { tree } = __nccwpck_require__(7752)

const [nodeMajor, nodeMinor] = process.versions.node.split('.').map(v => Number(v))

class BodyAsyncIterable {
  constructor (body) {
    this[kBody] = body
    this[kBodyUsed] = false
  }

  async * [Symbol.asyncIterator] () {
    assert(!this[kBodyUsed], 'disturbed')
    this[kBodyUsed] = true
    yield * this[kBody]
  }
}

function wrapRequestBody (body) {
  if (isStream(body)) {
    // TODO (fix): Provide some way for the user to cache the file to e.g. /tmp
    // so that it can be dispatched again?
    // TODO (fix): Do we need 100-expect support to provide a way to do this properly?
    if (bodyLength(body) === 0) {
      body
        .on('data', function () {
          assert(false)
        })
    }

    if (typeof body.readableDidRead !== 'boolean') {
      body[kBodyUsed] = false
      EE.prototype.on.call(body, 'data', function () {
        this[kBodyUsed] = true
      })
    }

    return body
  } else if (body && typeof body.pipeTo === 'function') {
    // TODO (fix): We can't access ReadableStream internal state
    // to determine whether or not it has been disturbed. This is just
    // a workaround.
    return new BodyAsyncIterable(body)
  } else if (
    body &&
    typeof body !== 'string' &&
    !ArrayBuffer.isView(body) &&
    isIterable(body)
  ) {
    // TODO: Should we allow re-using iterable if !this.opts.idempotent
    // or through some other flag?
    return new BodyAsyncIterable(body)
  } else {
    return body
  }
}

function nop () {}

function isStream (obj) {
  return obj && typeof obj === 'object' && typeof obj.pipe === 'function' && typeof obj.on === 'function'
}

// based on https://github.com/node-fetch/fetch-blob/blob/8ab587d34080de94140b54f07168451e7d0b655e/index.js#L229-L241 (MIT License)
function isBlobLike (object) {
  if (object === null) {
    return false
  } else if (object instanceof Blob) {
    return true
  } else if (typeof object !== 'object') {
    return false
  } else {
    const sTag = object[Symbol.toStringTag]

    return (sTag === 'Blob' || sTag === 'File') && (
      ('stream' in object && typeof object.stream === 'function') ||
      ('arrayBuffer' in object && typeof object.arrayBuffer === 'function')
    )
  }
}

function buildURL (url, queryParams) {
  if (url.includes('?') || url.includes('#')) {
    throw new Error('Query params cannot be passed when url already contains "?" or "#".')
  }

  const stringified = stringify(queryParams)

  if (stringified) {
    url += '?' + stringified
  }

  return url
}

function isValidPort (port) {
  const value = parseInt(port, 10)
  return (
    value === Number(port) &&
    value >= 0 &&
    value <= 65535
  )
}

function isHttpOrHttpsPrefixed (value) {
  return (
    value != null &&
    value[0] === 'h' &&
    value[1] === 't' &&
    value[2] === 't' &&
    value[3] === 'p' &&
    (
      value[4] === ':' ||
      (
        value[4] === 's' &&
        value[5] === ':'
      )
    )
  )
}

function parseURL (url) {
  if (typeof url === 'string') {
    url = new URL(url)

    if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
      throw new InvalidArgumentError('Invalid URL protocol: the URL must start with `http:` or `https:`.')
    }

    return url
  }

  if (!url || typeof url !== 'object') {
    throw new InvalidArgumentError('Invalid URL: The URL argument must be a non-null object.')
  }

  if (!(url instanceof URL)) {
    if (url.port != null && url.port !== '' && isValidPort(url.port) === false) {
      throw new InvalidArgumentError('Invalid URL: port must be a valid integer or a string representation of an integer.')
    }

    if (url.path != null && typeof url.path !== 'string') {
      throw new InvalidArgumentError('Invalid URL path: the path must be a string or null/undefined.')
    }

    if (url.pathname != null && typeof url.pathname !== 'string') {
      throw new InvalidArgumentError('Invalid URL pathname: the pathname must be a string or null/undefined.')
    }

    if (url.hostname != null && typeof url.hostname !== 'string') {
      throw new InvalidArgumentError('Invalid URL hostname: the hostname must be a string or null/undefined.')
    }

    if (url.origin != null && typeof url.origin !== 'string') {
      throw new InvalidArgumentError('Invalid URL origin: the origin must be a string or null/undefined.')
    }

    if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
      throw new InvalidArgumentError('Invalid URL protocol: the URL must start with `http:` or `https:`.')
    }

    const port = url.port != null
      ? url.port
      : (url.protocol === 'https:' ? 443 : 80)
    let origin = url.origin != null
      ? url.origin
      : `${url.protocol || ''}//${url.hostname || ''}:${port}`
    let path = url.path != null
      ? url.path
      : `${url.pathname || ''}${url.search || ''}`

    if (origin[origin.length - 1] === '/') {
      origin = origin.slice(0, origin.length - 1)
    }

    if (path && path[0] !== '/') {
      path = `/${path}`
    }
    // new URL(path, origin) is unsafe when `path` contains an absolute URL
    // From https://developer.mozilla.org/en-US/docs/Web/API/URL/URL:
    // If first parameter is a relative URL, second param is required, and will be used as the base URL.
    // If first parameter is an absolute URL, a given second param will be ignored.
    return new URL(`${origin}${path}`)
  }

  if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
    throw new InvalidArgumentError('Invalid URL protocol: the URL must start with `http:` or `https:`.')
  }

  return url
}

function parseOrigin (url) {
  url = parseURL(url)

  if (url.pathname !== '/' || url.search || url.hash) {
    throw new InvalidArgumentError('invalid url')
  }

  return url
}

function getHostname (host) {
  if (host[0] === '[') {
    const idx = host.indexOf(']')

    assert(idx !== -1)
    return host.substring(1, idx)
  }

  const idx = host.indexOf(':')
  if (idx === -1) return host

  return host.substring(0, idx)
}

// IP addresses are not valid server names per RFC6066
// > Currently, the only server names supported are DNS hostnames
function getServerName (host) {
  if (!host) {
    return null
  }

  assert(typeof host === 'string')

  const servername = getHostname(host)
  if (net.isIP(servername)) {
    return ''
  }

  return servername
}

function deepClone (obj) {
  return JSON.parse(JSON.stringify(obj))
}

function isAsyncIterable (obj) {
  return !!(obj != null && typeof obj[Symbol.asyncIterator] === 'function')
}

function isIterable (obj) {
  return !!(obj != null && (typeof obj[Symbol.iterator] === 'function' || typeof obj[Symbol.asyncIterator] === 'function'))
}

function bodyLength (body) {
  if (body == null) {
    return 0
  } else if (isStream(body)) {
    const state = body._readableState
    return state && state.objectMode === false && state.ended === true && Number.isFinite(state.length)
      ? state.length
      : null
  } else if (isBlobLike(body)) {
    return body.size != null ? body.size : null
  } else if (isBuffer(body)) {
    return body.byteLength
  }

  return null
}

function isDestroyed (body) {
  return body && !!(body.destroyed || body[kDestroyed] || (stream.isDestroyed?.(body)))
}

function destroy (stream, err) {
  if (stream == null || !isStream(stream) || isDestroyed(stream)) {
    return
  }

  if (typeof stream.destroy === 'function') {
    if (Object.getPrototypeOf(stream).constructor === IncomingMessage) {
      // See: https://github.com/nodejs/node/pull/38505/files
      stream.socket = null
    }

    stream.destroy(err)
  } else if (err) {
    queueMicrotask(() => {
      stream.emit('error', err)
    })
  }

  if (stream.destroyed !== true) {
    stream[kDestroyed] = true
  }
}

const KEEPALIVE_TIMEOUT_EXPR = /timeout=(\d+)/
function parseKeepAliveTimeout (val) {
  const m = val.toString().match(KEEPALIVE_TIMEOUT_EXPR)
  return m ? parseInt(m[1], 10) * 1000 : null
}

/**
 * Retrieves a header name and returns its lowercase value.
 * @param {string | Buffer} value Header name
 * @returns {string}
 */
function headerNameToString (value) {
  return typeof value === 'string'
    ? headerNameLowerCasedRecord[value] ?? value.toLowerCase()
    : tree.lookup(value) ?? value.toString('latin1').toLowerCase()
}

/**
 * Receive the buffer as a string and return its lowercase value.
 * @param {Buffer} value Header name
 * @returns {string}
 */
function bufferToLowerCasedHeaderName (value) {
  return tree.lookup(value) ?? value.toString('latin1').toLowerCase()
}

/**
 * @param {Record<string, string | string[]> | (Buffer | string | (Buffer | string)[])[]} headers
 * @param {Record<string, string | string[]>} [obj]
 * @returns {Record<string, string | string[]>}
 */
function parseHeaders (headers, obj) {
  if (obj === undefined) obj = {}
  for (let i = 0; i < headers.length; i += 2) {
    const key = headerNameToString(headers[i])
    let val = obj[key]

    if (val) {
      if (typeof val === 'string') {
        val = [val]
        obj[key] = val
      }
      val.push(headers[i + 1].toString('utf8'))
    } else {
      const headersValue = headers[i + 1]
      if (typeof headersValue === 'string') {
        obj[key] = headersValue
      } else {
        obj[key] = Array.isArray(headersValue) ? headersValue.map(x => x.toString('utf8')) : headersValue.toString('utf8')
      }
    }
  }

  // See https://github.com/nodejs/node/pull/46528
  if ('content-length' in obj && 'content-disposition' in obj) {
    obj['content-disposition'] = Buffer.from(obj['content-disposition']).toString('latin1')
  }

  return obj
}

function parseRawHeaders (headers) {
  const len = headers.length
  const ret = new Array(len)

  let hasContentLength = false
  let contentDispositionIdx = -1
  let key
  let val
  let kLen = 0

  for (let n = 0; n < headers.length; n += 2) {
    key = headers[n]
    val = headers[n + 1]

    typeof key !== 'string' && (key = key.toString())
    typeof val !== 'string' && (val = val.toString('utf8'))

    kLen = key.length
    if (kLen === 14 && key[7] === '-' && (key === 'content-length' || key.toLowerCase() === 'content-length')) {
      hasContentLength = true
    } else if (kLen === 19 && key[7] === '-' && (key === 'content-disposition' || key.toLowerCase() === 'content-disposition')) {
      contentDispositionIdx = n + 1
    }
    ret[n] = key
    ret[n + 1] = val
  }

  // See https://github.com/nodejs/node/pull/46528
  if (hasContentLength && contentDispositionIdx !== -1) {
    ret[contentDispositionIdx] = Buffer.from(ret[contentDispositionIdx]).toString('latin1')
  }

  return ret
}

function isBuffer (buffer) {
  // See, https://github.com/mcollina/undici/pull/319
  return buffer instanceof Uint8Array || Buffer.isBuffer(buffer)
}

function validateHandler (handler, method, upgrade) {
  if (!handler || typeof handler !== 'object') {
    throw new InvalidArgumentError('handler must be an object')
  }

  if (typeof handler.onConnect !== 'function') {
    throw new InvalidArgumentError('invalid onConnect method')
  }

  if (typeof handler.onError !== 'function') {
    throw new InvalidArgumentError('invalid onError method')
  }

  if (typeof handler.onBodySent !== 'function' && handler.onBodySent !== undefined) {
    throw new InvalidArgumentError('invalid onBodySent method')
  }

  if (upgrade || method === 'CONNECT') {
    if (typeof handler.onUpgrade !== 'function') {
      throw new InvalidArgumentError('invalid onUpgrade method')
    }
  } else {
    if (typeof handler.onHeaders !== 'function') {
      throw new InvalidArgumentError('invalid onHeaders method')
    }

    if (typeof handler.onData !== 'function') {
      throw new InvalidArgumentError('invalid onData method')
    }

    if (typeof handler.onComplete !== 'function') {
      throw new InvalidArgumentError('invalid onComplete method')
    }
  }
}

// A body is disturbed if it has been read from and it cannot
// be re-used without losing state or data.
function isDisturbed (body) {
  // TODO (fix): Why is body[kBodyUsed] needed?
  return !!(body && (stream.isDisturbed(body) || body[kBodyUsed]))
}

function isErrored (body) {
  return !!(body && stream.isErrored(body))
}

function isReadable (body) {
  return !!(body && stream.isReadable(body))
}

function getSocketInfo (socket) {
  return {
    localAddress: socket.localAddress,
    localPort: socket.localPort,
    remoteAddress: socket.remoteAddress,
    remotePort: socket.remotePort,
    remoteFamily: socket.remoteFamily,
    timeout: socket.timeout,
    bytesWritten: socket.bytesWritten,
    bytesRead: socket.bytesRead
  }
}

/** @type {globalThis['ReadableStream']} */
function ReadableStreamFrom (iterable) {
  // We cannot use ReadableStream.from here because it does not return a byte stream.

  let iterator
  return new ReadableStream(
    {
      async start () {
        iterator = iterable[Symbol.asyncIterator]()
      },
      async pull (controller) {
        const { done, value } = await iterator.next()
        if (done) {
          queueMicrotask(() => {
            controller.close()
            controller.byobRequest?.respond(0)
          })
        } else {
          const buf = Buffer.isBuffer(value) ? value : Buffer.from(value)
          if (buf.byteLength) {
            controller.enqueue(new Uint8Array(buf))
          }
        }
        return controller.desiredSize > 0
      },
      async cancel (reason) {
        await iterator.return()
      },
      type: 'bytes'
    }
  )
}

// The chunk should be a FormData instance and contains
// all the required methods.
function isFormDataLike (object) {
  return (
    object &&
    typeof object === 'object' &&
    typeof object.append === 'function' &&
    typeof object.delete === 'function' &&
    typeof object.get === 'function' &&
    typeof object.getAll === 'function' &&
    typeof object.has === 'function' &&
    typeof object.set === 'function' &&
    object[Symbol.toStringTag] === 'FormData'
  )
}

function addAbortListener (signal, listener) {
  if ('addEventListener' in signal) {
    signal.addEventListener('abort', listener, { once: true })
    return () => signal.removeEventListener('abort', listener)
  }
  signal.addListener('abort', listener)
  return () => signal.removeListener('abort', listener)
}

const hasToWellFormed = typeof String.prototype.toWellFormed === 'function'
const hasIsWellFormed = typeof String.prototype.isWellFormed === 'function'

/**
 * @param {string} val
 */
function toUSVString (val) {
  return hasToWellFormed ? `${val}`.toWellFormed() : nodeUtil.toUSVString(val)
}

/**
 * @param {string} val
 */
// TODO: move this to webidl
function isUSVString (val) {
  return hasIsWellFormed ? `${val}`.isWellFormed() : toUSVString(val) === `${val}`
}

/**
 * @see https://tools.ietf.org/html/rfc7230#section-3.2.6
 * @param {number} c
 */
function isTokenCharCode (c) {
  switch (c) {
    case 0x22:
    case 0x28:
    case 0x29:
    case 0x2c:
    case 0x2f:
    case 0x3a:
    case 0x3b:
    case 0x3c:
    case 0x3d:
    case 0x3e:
    case 0x3f:
    case 0x40:
    case 0x5b:
    case 0x5c:
    case 0x5d:
    case 0x7b:
    case 0x7d:
      // DQUOTE and "(),/:;<=>?@[\]{}"
      return false
    default:
      // VCHAR %x21-7E
      return c >= 0x21 && c <= 0x7e
  }
}

/**
 * @param {string} characters
 */
function isValidHTTPToken (characters) {
  if (characters.length === 0) {
    return false
  }
  for (let i = 0; i < characters.length; ++i) {
    if (!isTokenCharCode(characters.charCodeAt(i))) {
      return false
    }
  }
  return true
}

// headerCharRegex have been lifted from
// https://github.com/nodejs/node/blob/main/lib/_http_common.js

/**
 * Matches if val contains an invalid field-vchar
 *  field-value    = *( field-content / obs-fold )
 *  field-content  = field-vchar [ 1*( SP / HTAB ) field-vchar ]
 *  field-vchar    = VCHAR / obs-text
 */
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/

/**
 * @param {string} characters
 */
function isValidHeaderValue (characters) {
  return !headerCharRegex.test(characters)
}

// Parsed accordingly to RFC 9110
// https://www.rfc-editor.org/rfc/rfc9110#field.content-range
function parseRangeHeader (range) {
  if (range == null || range === '') return { start: 0, end: null, size: null }

  const m = range ? range.match(/^bytes (\d+)-(\d+)\/(\d+)?$/) : null
  return m
    ? {
        start: parseInt(m[1]),
        end: m[2] ? parseInt(m[2]) : null,
        size: m[3] ? parseInt(m[3]) : null
      }
    : null
}

function addListener (obj, name, listener) {
  const listeners = (obj[kListeners] ??= [])
  listeners.push([name, listener])
  obj.on(name, listener)
  return obj
}

function removeAllListeners (obj) {
  for (const [name, listener] of obj[kListeners] ?? []) {
    obj.removeListener(name, listener)
  }
  obj[kListeners] = null
}

function errorRequest (client, request, err) {
  try {
    request.onError(err)
    assert(request.aborted)
  } catch (err) {
    client.emit('error', err)
  }
}

const kEnumerableProperty = Object.create(null)
kEnumerableProperty.enumerable = true

const normalizedMethodRecordsBase = {
  delete: 'DELETE',
  DELETE: 'DELETE',
  get: 'GET',
  GET: 'GET',
  head: 'HEAD',
  HEAD: 'HEAD',
  options: 'OPTIONS',
  OPTIONS: 'OPTIONS',
  post: 'POST',
  POST: 'POST',
  put: 'PUT',
  PUT: 'PUT'
}

const normalizedMethodRecords = {
  ...normalizedMethodRecordsBase,
  patch: 'patch',
  PATCH: 'PATCH'
}

// Note: object prototypes should not be able to be referenced. e.g. `Object#hasOwnProperty`.
Object.setPrototypeOf(normalizedMethodRecordsBase, null)
Object.setPrototypeOf(normalizedMethodRecords, null)

module.exports = {
  kEnumerableProperty,
  nop,
  isDisturbed,
  isErrored,
  isReadable,
  toUSVString,
  isUSVString,
  isBlobLike,
  parseOrigin,
  parseURL,
  getServerName,
  isStream,
  isIterable,
  isAsyncIterable,
  isDestroyed,
  headerNameToString,
  bufferToLowerCasedHeaderName,
  addListener,
  removeAllListeners,
  errorRequest,
  parseRawHeaders,
  parseHeaders,
  parseKeepAliveTimeout,
  destroy,
  bodyLength,
  deepClone,
  ReadableStreamFrom,
  isBuffer,
  validateHandler,
  getSocketInfo,
  isFormDataLike,
  buildURL,
  addAbortListener,
  isValidHTTPToken,
  isValidHeaderValue,
  isTokenCharCode,
  parseRangeHeader,
  normalizedMethodRecordsBase,
  normalizedMethodRecords,
  isValidPort,
  isHttpOrHttpsPrefixed,
  nodeMajor,
  nodeMinor,
  safeHTTPMethods: ['GET', 'HEAD', 'OPTIONS', 'TRACE'],
  wrapRequestBody
}


/***/ }),

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 883:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const EventEmitter = __nccwpck_require__(8474)

class Dispatcher extends EventEmitter {
  dispatch () {
    throw new Error('not implemented')
  }

  close () {
    throw new Error('not implemented')
  }

  destroy () {
    throw new Error('not implemented')
  }

  compose (...args) {
    // So we handle [interceptor1, interceptor2] or interceptor1, interceptor2, ...
    const interceptors = Array.isArray(args[0]) ? args[0] : args
    let dispatch = this.dispatch.bind(this)

    for (const interceptor of interceptors) {
      if (interceptor == null) {
        continue
      }

      if (typeof interceptor !== 'function') {
        throw new TypeError(`invalid interceptor, expected function received ${typeof interceptor}`)
      }

      dispatch = interceptor(dispatch)

      if (dispatch == null || typeof dispatch !== 'function' || dispatch.length !== 2) {
        throw new TypeError('invalid interceptor')
      }
    }

    return new ComposedDispatcher(this, dispatch)
  }
}

class ComposedDispatcher extends Dispatcher {
  #dispatcher = null
  #dispatch = null

  constructor (dispatcher, dispatch) {
    super()
    this.#dispatcher = dispatcher
    this.#dispatch = dispatch
  }

  dispatch (...args) {
    this.#dispatch(...args)
  }

  close (...args) {
    return this.#dispatcher.close(...args)
  }

  destroy (...args) {
    return this.#dispatcher.destroy(...args)
  }
}

module.exports = Dispatcher


/***/ }),

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 50:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Dispatcher = __nccwpck_require__(883)
const RetryHandler = __nccwpck_require__(7816)

class RetryAgent extends Dispatcher {
  #agent = null
  #options = null
  constructor (agent, options = {}) {
    super(options)
    this.#agent = agent
    this.#options = options
  }

  dispatch (opts, handler) {
    const retry = new RetryHandler({
      ...opts,
      retryOptions: this.#options
    }, {
      dispatch: this.#agent.dispatch.bind(this.#agent),
      handler
    })
    return this.#agent.dispatch(opts, retry)
  }

  close () {
    return this.#agent.close()
  }

  destroy () {
    return this.#agent.destroy()
  }
}

module.exports = RetryAgent


/***/ }),

/***/ 

/***/ 

/***/ 

/***/ 7816:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const assert = __nccwpck_require__(4589)

const { kRetryHandlerDefaultRetry } = __nccwpck_require__(6443)
const { RequestRetryError } = __nccwpck_require__(8707)
const {
  isDisturbed,
  parseHeaders,
  parseRangeHeader,
  wrapRequestBody
} = __nccwpck_require__(3440)

function calculateRetryAfterHeader (retryAfter) {
  const current = Date.now()
  return new Date(retryAfter).getTime() - current
}

function validatePartialResponseContentLength (headers, range, statusCode, retryCount) {
  const contentLength = headers['content-length']
  if (contentLength == null) {
    return null
  }

  if (!Number.isFinite(range.start) || !Number.isFinite(range.end)) {
    return null
  }

  const length = Number(contentLength)
  const expectedLength = range.end - range.start + 1
  if (!Number.isFinite(length) || length !== expectedLength) {
    return new RequestRetryError('Content-Length mismatch', statusCode, {
      headers,
      data: { count: retryCount }
    })
  }

  return null
}

class RetryHandler {
  constructor (opts, handlers) {
    const { retryOptions, ...dispatchOpts } = opts
    const {
      // Retry scoped
      retry: retryFn,
      maxRetries,
      maxTimeout,
      minTimeout,
      timeoutFactor,
      // Response scoped
      methods,
      errorCodes,
      retryAfter,
      statusCodes
    } = retryOptions ?? {}

    this.dispatch = handlers.dispatch
    this.handler = handlers.handler
    this.opts = { ...dispatchOpts, body: wrapRequestBody(opts.body) }
    this.abort = null
    this.aborted = false
    this.retryOpts = {
      retry: retryFn ?? RetryHandler[kRetryHandlerDefaultRetry],
      retryAfter: retryAfter ?? true,
      maxTimeout: maxTimeout ?? 30 * 1000, // 30s,
      minTimeout: minTimeout ?? 500, // .5s
      timeoutFactor: timeoutFactor ?? 2,
      maxRetries: maxRetries ?? 5,
      // What errors we should retry
      methods: methods ?? ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE'],
      // Indicates which errors to retry
      statusCodes: statusCodes ?? [500, 502, 503, 504, 429],
      // List of errors to retry
      errorCodes: errorCodes ?? [
        'ECONNRESET',
        'ECONNREFUSED',
        'ENOTFOUND',
        'ENETDOWN',
        'ENETUNREACH',
        'EHOSTDOWN',
        'EHOSTUNREACH',
        'EPIPE',
        'UND_ERR_SOCKET'
      ]
    }

    this.retryCount = 0
    this.retryCountCheckpoint = 0
    this.start = 0
    this.end = null
    this.etag = null
    this.resume = null
    this.headersSent = false

    // Handle possible onConnect duplication
    this.handler.onConnect(reason => {
      this.aborted = true
      if (this.abort) {
        this.abort(reason)
      } else {
        this.reason = reason
      }
    })
  }

  checkpointResponseEnd (headers, resume) {
    if (this.end == null && this.opts.method !== 'HEAD') {
      const contentLength = headers['content-length']
      this.end = contentLength != null ? Number(contentLength) - 1 : null

      assert(
        this.end == null || Number.isFinite(this.end),
        'invalid content-length'
      )
    }

    this.resume = this.end != null ? resume : null
  }

  onRequestSent () {
    if (this.handler.onRequestSent) {
      this.handler.onRequestSent()
    }
  }

  onUpgrade (statusCode, headers, socket) {
    if (this.handler.onUpgrade) {
      this.handler.onUpgrade(statusCode, headers, socket)
    }
  }

  onConnect (abort) {
    if (this.aborted) {
      abort(this.reason)
    } else {
      this.abort = abort
    }
  }

  onBodySent (chunk) {
    if (this.handler.onBodySent) return this.handler.onBodySent(chunk)
  }

  static [kRetryHandlerDefaultRetry] (err, { state, opts }, cb) {
    const { statusCode, code, headers } = err
    const { method, retryOptions } = opts
    const {
      maxRetries,
      minTimeout,
      maxTimeout,
      timeoutFactor,
      statusCodes,
      errorCodes,
      methods
    } = retryOptions
    const { counter } = state

    // Any code that is not a Undici's originated and allowed to retry
    if (code && code !== 'UND_ERR_REQ_RETRY' && !errorCodes.includes(code)) {
      cb(err)
      return
    }

    // If a set of method are provided and the current method is not in the list
    if (Array.isArray(methods) && !methods.includes(method)) {
      cb(err)
      return
    }

    // If a set of status code are provided and the current status code is not in the list
    if (
      statusCode != null &&
      Array.isArray(statusCodes) &&
      !statusCodes.includes(statusCode)
    ) {
      cb(err)
      return
    }

    // If we reached the max number of retries
    if (counter > maxRetries) {
      cb(err)
      return
    }

    let retryAfterHeader = headers?.['retry-after']
    if (retryAfterHeader) {
      retryAfterHeader = Number(retryAfterHeader)
      retryAfterHeader = Number.isNaN(retryAfterHeader)
        ? calculateRetryAfterHeader(retryAfterHeader)
        : retryAfterHeader * 1e3 // Retry-After is in seconds
    }

    const retryTimeout =
      retryAfterHeader > 0
        ? Math.min(retryAfterHeader, maxTimeout)
        : Math.min(minTimeout * timeoutFactor ** (counter - 1), maxTimeout)

    setTimeout(() => cb(null), retryTimeout)
  }

  onHeaders (statusCode, rawHeaders, resume, statusMessage) {
    const headers = parseHeaders(rawHeaders)

    this.retryCount += 1

    if (statusCode >= 300) {
      // Only expose a response if no earlier attempt has reached the caller.
      // Otherwise abort this attempt so the error settles the existing body
      // instead of replacing it with a new response.
      if (!this.headersSent && this.retryOpts.statusCodes.includes(statusCode) === false) {
        this.headersSent = true
        this.checkpointResponseEnd(headers, resume)
        return this.handler.onHeaders(
          statusCode,
          rawHeaders,
          resume,
          statusMessage
        )
      } else {
        this.abort(
          new RequestRetryError('Request failed', statusCode, {
            headers,
            data: {
              count: this.retryCount
            }
          })
        )
        return false
      }
    }

    // Checkpoint for resume from where we left it
    if (this.resume != null) {
      this.resume = null

      // Only Partial Content 206 supposed to provide Content-Range,
      // any other status code that partially consumed the payload
      // should not be retry because it would result in downstream
      // wrongly concatanete multiple responses.
      if (statusCode !== 206 && (this.start > 0 || statusCode !== 200)) {
        this.abort(
          new RequestRetryError('server does not support the range header and the payload was partially consumed', statusCode, {
            headers,
            data: { count: this.retryCount }
          })
        )
        return false
      }

      const contentRange = parseRangeHeader(headers['content-range'])
      // If no content range
      if (!contentRange) {
        this.abort(
          new RequestRetryError('Content-Range mismatch', statusCode, {
            headers,
            data: { count: this.retryCount }
          })
        )
        return false
      }

      // Let's start with a weak etag check
      if (this.etag != null && this.etag !== headers.etag) {
        this.abort(
          new RequestRetryError('ETag mismatch', statusCode, {
            headers,
            data: { count: this.retryCount }
          })
        )
        return false
      }

      const contentLengthError = validatePartialResponseContentLength(headers, contentRange, statusCode, this.retryCount)
      if (contentLengthError != null) {
        this.abort(contentLengthError)
        return false
      }

      const { start, size, end = size - 1 } = contentRange

      if (this.start !== start || (this.end != null && this.end !== end)) {
        this.abort(
          new RequestRetryError('Content-Range mismatch', statusCode, {
            headers,
            data: { count: this.retryCount }
          })
        )
        return false
      }

      this.resume = resume
      return true
    }

    if (this.end == null) {
      if (statusCode === 206) {
        // First time we receive 206
        const range = parseRangeHeader(headers['content-range'])

        if (range == null) {
          this.headersSent = true
          return this.handler.onHeaders(
            statusCode,
            rawHeaders,
            resume,
            statusMessage
          )
        }

        const contentLengthError = validatePartialResponseContentLength(headers, range, statusCode, this.retryCount)
        if (contentLengthError != null) {
          this.abort(contentLengthError)
          return false
        }

        const { start, size, end = size - 1 } = range
        assert(
          start != null && Number.isFinite(start),
          'content-range mismatch'
        )
        assert(end != null && Number.isFinite(end), 'invalid content-length')

        this.start = start
        this.end = end
      }

      // We make our best to checkpoint the body for further range headers
      if (this.end == null) {
        const contentLength = headers['content-length']
        this.end = contentLength != null ? Number(contentLength) - 1 : null
      }

      assert(Number.isFinite(this.start))
      assert(
        this.end == null || Number.isFinite(this.end),
        'invalid content-length'
      )

      this.resume = resume
      this.headersSent = true
      this.etag = headers.etag != null ? headers.etag : null

      // Weak etags are not useful for comparison nor cache
      // for instance not safe to assume if the response is byte-per-byte
      // equal
      if (this.etag != null && this.etag.startsWith('W/')) {
        this.etag = null
      }

      return this.handler.onHeaders(
        statusCode,
        rawHeaders,
        resume,
        statusMessage
      )
    }

    const err = new RequestRetryError('Request failed', statusCode, {
      headers,
      data: { count: this.retryCount }
    })

    this.abort(err)

    return false
  }

  onData (chunk) {
    this.start += chunk.length

    return this.handler.onData(chunk)
  }

  onComplete (rawTrailers) {
    this.retryCount = 0
    return this.handler.onComplete(rawTrailers)
  }

  onError (err) {
    if (this.aborted || isDisturbed(this.opts.body) || (this.headersSent && this.resume == null)) {
      return this.handler.onError(err)
    }

    // We reconcile in case of a mix between network errors
    // and server error response
    if (this.retryCount - this.retryCountCheckpoint > 0) {
      // We count the difference between the last checkpoint and the current retry count
      this.retryCount =
        this.retryCountCheckpoint +
        (this.retryCount - this.retryCountCheckpoint)
    } else {
      this.retryCount += 1
    }

    this.retryOpts.retry(
      err,
      {
        state: { counter: this.retryCount },
        opts: { retryOptions: this.retryOpts, ...this.opts }
      },
      onRetry.bind(this)
    )

    function onRetry (err) {
      if (err != null || this.aborted || isDisturbed(this.opts.body)) {
        return this.handler.onError(err)
      }

      if (this.start !== 0) {
        const headers = { range: `bytes=${this.start}-${this.end ?? ''}` }

        // Weak etag check - weak etags will make comparison algorithms never match
        if (this.etag != null) {
          headers['if-match'] = this.etag
        }

        this.opts = {
          ...this.opts,
          headers: {
            ...this.opts.headers,
            ...headers
          }
        }
      }

      try {
        this.retryCountCheckpoint = this.retryCount
        this.dispatch(this.opts, this)
      } catch (err) {
        this.handler.onError(err)
      }
    }
  }
}

module.exports = RetryHandler


/***/ }),

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 8802:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ actionDeps)
});

// UNUSED EXPORTS: jobUserAgent

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


// EXTERNAL MODULE: ./node_modules/content-type/dist/index.js
var dist = __nccwpck_require__(4649);
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" \u2192 "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = (0,dist/* parse */.qg)(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter \u2014 see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


// EXTERNAL MODULE: ./packages/core/src/index.ts + 18 modules
var src = __nccwpck_require__(4437);
// EXTERNAL MODULE: ./packages/metrics/src/index.ts + 38 modules
var metrics_src = __nccwpck_require__(177);
;// CONCATENATED MODULE: ./actions/ci-metrics/src/github-client.ts



/**
 * The user agent @actions/github gives Octokit in a job: the runner's orchestration id as a
 * product token (`actions_orchestration_id/<id>`, characters outside [a-z0-9_.-] as `_`), which
 * lets GitHub tie the API calls to the job; undefined (Octokit's own) outside one.
 */
function jobUserAgent(env) {
    const id = env['ACTIONS_ORCHESTRATION_ID']?.trim();
    return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}
/**
 * The real dependencies: Octokit (@octokit/core, as the CLI uses it) with GitHub's rate-limit
 * rules (core's retry policy) underneath. @actions/github would add only the token header and
 * that user agent: its proxy fetch is replaced by ours, and it loads the event payload, its
 * REST plugins, @actions/http-client and undici at start.
 */
function actionDeps(inputs, env = process.env) {
    const fetch = (0,metrics_src/* githubFetch */.a7)({ sleep: src/* sleep */.fb, now: () => Date.now(), log: (m) => console.log(m) });
    const userAgent = jobUserAgent(env);
    const octokit = new Octokit({
        auth: `token ${inputs.githubToken}`,
        baseUrl: inputs.apiUrl || 'https://api.github.com',
        ...(userAgent ? { userAgent } : {}),
        request: { fetch },
    });
    return {
        api: (0,metrics_src/* octokitApi */.kk)(octokit.request),
        workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
        tempDir: env['RUNNER_TEMP'] ?? process.cwd(),
    };
}


/***/ }),

/***/ 4685:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseInputs)
/* harmony export */ });
/* unused harmony export inputSchema */
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4437);

const inputSchema = {
    'github-token': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.string */ .hF.string({ default: '${{ github.token }}' }),
    repository: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.string */ .hF.string({ default: '${{ github.repository }}' }),
    'api-url': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.string */ .hF.string({ default: '${{ github.api_url }}' }),
    storage: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.oneOf */ .hF.oneOf(['branch', 'file'], { default: 'branch' }),
    branch: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.string */ .hF.string({ default: 'gh-pages' }),
    'data-file': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.path */ .hF.path({ default: 'ci-metrics/history.db' }),
    store: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.string */ .hF.string(),
    dashboard: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.path */ .hF.path({ default: 'ci-metrics/index.html' }),
    'report-file': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.path */ .hF.path(),
    since: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.string */ .hF.string(),
    'window-days': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.integer */ .hF.integer({ default: '30', min: 1, max: 366 }),
    'recent-days': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.integer */ .hF.integer({ default: '7', min: 1, max: 90 }),
    'max-minutes': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.number */ .hF.number({ default: '15', min: 0.1, max: 10_000 }),
    'regression-percent': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.number */ .hF.number({ default: '20', min: 0, max: 1000 }),
    environments: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.list */ .hF.list(),
    'records-prefix': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.string */ .hF.string({ default: 'slipway-record' }),
    'open-issue': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.boolean */ .hF.boolean({ default: 'false' }),
};
/** Reads the inputs; `since` must be a date or instant. */
function parseInputs(read, nowMs = Date.now()) {
    const inputs = (0,_slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .readInputs */ .Ko)(inputSchema, read);
    if (!inputs.githubToken)
        throw new _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Input 'github-token' is empty", { hint: 'leave it unset to use the job token, with actions: read' });
    if (!inputs.repository || !/^[\w.-]+\/[\w.-]+$/.test(inputs.repository)) {
        throw new _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'repository' must be OWNER/NAME; got '${inputs.repository}'`);
    }
    if (inputs.apiUrl)
        (0,_slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .parseUserUrl */ .yy)(inputs.apiUrl, "Input 'api-url'");
    if (inputs.store)
        (0,_slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .parseUserUrl */ .yy)(inputs.store, "Input 'store'", ['postgres:', 'postgresql:']);
    let sinceSeconds;
    if (inputs.since) {
        const ms = (0,_slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .parseDateTime */ .DP)(inputs.since, "Input 'since'");
        (0,_slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .assertNotFuture */ .TA)(ms, nowMs, "Input 'since'");
        sinceSeconds = Math.floor(ms / 1000);
    }
    return { ...inputs, sinceSeconds };
}


/***/ }),

/***/ 8261:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _slipway_core_actions__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9325);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8802);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4685);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7803);




await (0,_slipway_core_actions__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(async () => {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInputs */ .T)(_slipway_core_actions__WEBPACK_IMPORTED_MODULE_0__/* .actionsInput */ .cj);
    await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e)(inputs, (0,_slipway_core_actions__WEBPACK_IMPORTED_MODULE_0__/* .actionsPorts */ .K8)(), (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .actionDeps */ .t)(inputs));
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7803:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 18 modules
var src = __nccwpck_require__(4437);
// EXTERNAL MODULE: ./packages/metrics/src/index.ts + 38 modules
var metrics_src = __nccwpck_require__(177);
;// CONCATENATED MODULE: ./actions/ci-metrics/src/branch-store.ts



/**
 * A data branch (such as gh-pages) checked out in a worktree of the job's repository, so the
 * credentials actions/checkout left in it are used and the job's own checkout is untouched.
 */
class BranchStore {
    exec;
    repoDir;
    dir;
    branch;
    constructor(exec, repoDir, dir, branch) {
        this.exec = exec;
        this.repoDir = repoDir;
        this.dir = dir;
        this.branch = branch;
    }
    /** Fetches the branch (or starts it empty when it does not exist yet) into a temporary worktree. */
    static async open(exec, repoDir, branch, tempRoot) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempRoot, 'ci-metrics-branch-'));
        const store = new BranchStore(exec, repoDir, dir, branch);
        const inside = await store.git(repoDir, ['rev-parse', '--is-inside-work-tree']);
        if (inside.exitCode !== 0) {
            throw new src/* UserError */.yo(`storage: branch needs a git checkout at ${repoDir}`, {
                hint: 'run actions/checkout before ci-metrics, or use storage: file',
            });
        }
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        if (await store.fetch()) {
            await store.must(repoDir, ['worktree', 'add', '--detach', dir, `refs/remotes/origin/${branch}`]);
        }
        else {
            await store.must(repoDir, ['worktree', 'add', '--detach', dir, 'HEAD']);
            await store.must(dir, ['checkout', '--quiet', '--orphan', branch]);
            await store.must(dir, ['rm', '-r', '-f', '--quiet', '--ignore-unmatch', '.']);
        }
        return store;
    }
    /** Commits everything in the worktree and pushes; false when the push was rejected (someone pushed first). */
    async commitAndPush(message) {
        await this.must(this.dir, ['add', '-A', '.']);
        const staged = await this.git(this.dir, ['diff', '--cached', '--quiet']);
        if (staged.exitCode === 0)
            return true;
        await this.must(this.dir, [
            '-c',
            'user.name=github-actions[bot]',
            '-c',
            'user.email=41898282+github-actions[bot]@users.noreply.github.com',
            'commit',
            '--quiet',
            '-m',
            message,
        ]);
        const push = await this.git(this.dir, ['push', '--quiet', 'origin', `HEAD:refs/heads/${this.branch}`]);
        return push.exitCode === 0;
    }
    /** Moves the worktree to the branch as it is on the remote now (after a rejected push). */
    async reset() {
        if (!(await this.fetch()))
            throw new src/* UserError */.yo(`The branch ${this.branch} could not be fetched again after a rejected push`);
        await this.must(this.dir, ['reset', '--hard', '--quiet', `refs/remotes/origin/${this.branch}`]);
    }
    async close() {
        await this.git(this.repoDir, ['worktree', 'remove', '--force', this.dir]);
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
    }
    async fetch() {
        const r = await this.git(this.repoDir, [
            'fetch',
            '--quiet',
            '--no-tags',
            'origin',
            `+refs/heads/${this.branch}:refs/remotes/origin/${this.branch}`,
        ]);
        return r.exitCode === 0;
    }
    git(cwd, args) {
        return this.exec.run('git', args, { cwd, silent: true });
    }
    async must(cwd, args) {
        const r = await this.git(cwd, args);
        if (r.exitCode !== 0)
            throw new src/* UserError */.yo(`git ${args.join(' ')} failed in ${cwd}: ${(r.stderr || r.stdout).trim()}`);
    }
}

;// CONCATENATED MODULE: ./actions/ci-metrics/src/run.ts





const LEGACY_DATA_FILE = 'ci-metrics/history.json';
/** The embedded store at `path`; on a first run, the former default JSON history beside it is moved in. */
async function openEmbedded(path, root, repository, ports) {
    const existed = await (0,promises_.stat)(path).then(() => true, () => false);
    const opened = await (0,metrics_src/* openSqlite */.Lf)(path, repository);
    if (opened.migrated)
        ports.log.info(`Moved the JSON history ${path} into an SQLite store (${opened.migrated.counts.runs} runs); the JSON file is kept as ${opened.migrated.kept}`);
    const legacy = (0,external_node_path_.resolve)(root, LEGACY_DATA_FILE);
    if (!existed && legacy !== path && (await (0,promises_.stat)(legacy).catch(() => undefined))) {
        const old = await (0,metrics_src/* loadHistory */.FB)(legacy, repository);
        await (0,metrics_src/* importHistory */.u0)(opened.store, old.history);
        ports.log.info(`Moved the JSON history ${legacy} (${old.history.runs.length} runs) into the SQLite store ${path}`);
    }
    return opened.store;
}
/** Collects new runs into the store, reports on them, renders the dashboard, and warns on regressions. */
async function run(inputs, ports, deps) {
    const repository = inputs.repository;
    const branch = inputs.storage === 'branch' && !inputs.store
        ? await BranchStore.open(ports.exec, deps.workspace, inputs.branch, deps.tempDir)
        : undefined;
    let store;
    try {
        const root = branch?.dir ?? deps.workspace;
        const dataPath = (0,external_node_path_.resolve)(root, inputs.dataFile);
        const dashboardPath = (0,external_node_path_.resolve)(root, inputs.dashboard);
        const reportPath = inputs.reportFile ? (0,external_node_path_.resolve)(deps.workspace, inputs.reportFile) : (0,external_node_path_.join)(deps.tempDir, 'ci-metrics-report.json');
        await (0,src/* assertDistinctOutputs */.zW)(inputs.store ? [] : [{ path: dataPath, name: "input 'data-file'" }], [
            { path: dashboardPath, name: "input 'dashboard'" },
            { path: reportPath, name: "input 'report-file'" },
        ]);
        store = inputs.store ? await (0,metrics_src/* openPostgres */.oC)(inputs.store, "Input 'store'") : await openEmbedded(dataPath, root, repository, ports);
        const before = await store.counts(repository);
        ports.log.info(before.runs === 0
            ? `Starting the metrics history of ${repository} in ${store.location}`
            : `${store.location} holds ${before.runs} runs of ${repository}`);
        const opened = store;
        const result = await ports.log.group('Collecting from the GitHub API', () => (0,metrics_src/* collect */.Fo)(deps.api, opened, {
            repository,
            ...(inputs.sinceSeconds === undefined ? {} : { since: inputs.sinceSeconds, sinceField: "Input 'since'" }),
            recordsPrefix: inputs.recordsPrefix,
            now: () => ports.clock.now().getTime(),
            log: (m) => ports.log.info(m),
        }));
        for (const p of result.problems.slice(0, 10))
            ports.log.warning(p, { title: 'ci-metrics record' });
        if (result.cursorKept)
            ports.log.warning(result.cursorKept, { title: 'ci-metrics since' });
        if (result.error) {
            if (!(0,metrics_src/* isTransient */.dg)(result.error))
                throw result.error;
            ports.log.warning(`${result.error.message}. Kept ${result.newRuns} new runs; the next run resumes.`, {
                title: 'ci-metrics collection incomplete',
            });
        }
        ports.log.info(`Collected ${result.newRuns} new runs and ${result.newDeployments} deployments with ${result.requests} API calls`);
        const budgetRunIds = new Set(result.newRunIds);
        const reportOf = (s) => (0,metrics_src/* reportFromStore */.ai)(s, repository, {
            now: Math.floor(ports.clock.now().getTime() / 1000),
            windowDays: inputs.windowDays,
            recentDays: inputs.recentDays,
            maxMinutes: inputs.maxMinutes,
            regressionPercent: inputs.regressionPercent,
            environments: inputs.environments,
            budgetRunIds,
        });
        let report = await reportOf(store);
        const outputs = (r) => [
            { path: dashboardPath, text: (0,metrics_src/* dashboardHtml */.Sj)(r), what: 'the dashboard' },
            { path: reportPath, text: `${JSON.stringify(r, null, 2)}\n`, what: 'the JSON report' },
        ];
        await (0,src/* writeOutputFiles */.kF)(outputs(report));
        let runs = (await store.counts(repository)).runs;
        if (branch) {
            await store.close();
            store = undefined;
            const merged = await publish(branch, dataPath, repository, runs, deps.tempDir, async (s) => {
                report = await reportOf(s);
                await (0,src/* writeOutputFiles */.kF)(outputs(report));
                runs = (await s.counts(repository)).runs;
            });
            if (merged)
                ports.log.info('Another job pushed the data branch first; its runs and these were merged');
        }
        for (const r of report.regressions.slice(0, 10))
            ports.log.warning(r.message, { title: 'CI performance regression' });
        let issueLine = '';
        if (inputs.openIssue && report.regressions.length > 0) {
            const issue = await (0,metrics_src/* openRegressionIssue */.X6)(new metrics_src/* ApiClient */.OW(deps.api, { now: () => ports.clock.now().getTime() }), repository, report.regressions);
            if (issue)
                issueLine = issue.created ? `Opened issue #${issue.number}` : `Issue #${issue.number} is still open`;
            if (issueLine)
                ports.log.info(`${issueLine}: ${issue?.url ?? ''}`);
        }
        const where = branch ? `${inputs.branch}:${inputs.dashboard}` : dashboardPath;
        await ports.summary.append((0,metrics_src/* summaryMarkdown */.eH)(report, { dashboardUrl: `${where}${issueLine ? ` (${issueLine})` : ''}` }));
        ports.outputs.set('runs', runs);
        ports.outputs.set('new-runs', result.newRuns);
        ports.outputs.set('complete', result.complete);
        ports.outputs.set('p50-minutes', minutesOut(report.totals.duration.p50));
        ports.outputs.set('p95-minutes', minutesOut(report.totals.duration.p95));
        ports.outputs.set('success-rate', report.totals.successRate === null ? '' : report.totals.successRate.toFixed(4));
        ports.outputs.set('regressions', report.regressions.length);
        ports.outputs.set('dashboard', dashboardPath);
        ports.outputs.set('data-file', inputs.store ? '' : dataPath);
        ports.outputs.set('report', reportPath);
    }
    finally {
        await store?.close();
        await branch?.close();
    }
}
const minutesOut = (s) => (s === null ? '' : (s / 60).toFixed(2));
/**
 * Commits and pushes the data branch. When another job pushed first, its store is taken and
 * this run's rows are upserted into it (nothing of either is lost), then pushed again.
 */
async function publish(branch, dataPath, repository, runs, tempDir, render) {
    const mine = (0,external_node_path_.join)(tempDir, `ci-metrics-mine-${process.pid}.db`);
    for (let attempt = 1; attempt <= 3; attempt++) {
        if (await branch.commitAndPush(`ci-metrics: ${runs} runs of ${repository}`)) {
            await (0,promises_.rm)(mine, { force: true });
            return attempt > 1;
        }
        await (0,promises_.copyFile)(dataPath, mine);
        await branch.reset();
        const ours = (await (0,metrics_src/* openSqlite */.Lf)(mine)).store;
        const theirs = (await (0,metrics_src/* openSqlite */.Lf)(dataPath, repository)).store;
        try {
            await (0,metrics_src/* copyStore */.b9)(ours, theirs);
            await render(theirs);
        }
        finally {
            await ours.close();
            await theirs.close();
            await (0,promises_.rm)(mine, { force: true });
        }
    }
    throw new src/* UserError */.yo('Could not push the metrics branch after 3 attempts', { hint: 'another job keeps pushing to it; run again' });
}


/***/ }),

/***/ 9325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cj: () => (/* reexport */ actionsInput),
  K8: () => (/* reexport */ actionsPorts),
  Cs: () => (/* reexport */ runAction)
});

// UNUSED EXPORTS: abandonedCalls, cacheServiceAvailable, exitIfAbandoned, guardStalls, runPost

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var node_modules_tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = {  };
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: ./packages/core/src/exec.ts + 1 modules
var src_exec = __nccwpck_require__(9660);
// EXTERNAL MODULE: ./packages/core/src/ports.ts
var ports = __nccwpck_require__(5049);
;// CONCATENATED MODULE: ./packages/core/src/actions-ports.ts



const props = (a) => a && { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
/** The runner's input reader (`INPUT_<NAME>`, trimmed). */
const actionsInput = (name) => getInput(name);
/** Ports backed by `@actions/core`: workflow commands and the runner's files. */
function actionsPorts() {
    return {
        log: {
            debug: (m) => core_debug(m),
            info: (m) => info(m),
            notice: (m, a) => notice(m, props(a)),
            warning: (m, a) => warning(m, props(a)),
            error: (m, a) => error(m, props(a)),
            group: (name, fn) => group(name, fn),
            mask: (secret) => core_setSecret(secret),
        },
        outputs: { set: (name, value) => setOutput(name, value) },
        summary: {
            append: async (markdown) => {
                // Outside a runner there is no summary file: print instead of failing the step.
                if (!process.env['GITHUB_STEP_SUMMARY']) {
                    info(markdown);
                    return;
                }
                await summary.addRaw(markdown, true).write();
            },
        },
        state: { get: (name) => getState(name), save: (name, value) => saveState(name, value) },
        exec: (0,src_exec/* processExec */.l)((text) => process.stdout.write(text)),
        clock: ports/* systemClock */.m,
        env: { exportVariable: (n, v) => exportVariable(n, v), addPath: (d) => addPath(d) },
    };
}
/** Marks the step failed with a message (stdout workflow command plus exit code 1). */
function failStep(message) {
    setFailed(message);
}
/** Warns without failing (post steps). */
function actions_ports_warnStep(message) {
    core.warning(message);
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts + 1 modules
var errors = __nccwpck_require__(6829);
// EXTERNAL MODULE: ./packages/core/src/step-tiering.ts + 1 modules
var step_tiering = __nccwpck_require__(7995);
;// CONCATENATED MODULE: ./packages/core/src/run-action.ts



/**
 * The one error path of every action's main step: a UserError fails the step with its
 * message and hint, any other Error with its stack, and a non-Error throw still fails.
 * A step starts with V8's optimizing compilers held off (see step-tiering.ts).
 */
async function runAction(main) {
    (0,step_tiering/* holdOptimizingCompilers */.S3)();
    try {
        await main();
    }
    catch (error) {
        failStep((0,errors/* describeFailure */.Ic)(error));
    }
}
/** The error path of a post step: it only warns, so cleanup never fails a green job. */
async function runPost(post) {
    holdOptimizingCompilers();
    try {
        await post();
    }
    catch (error) {
        warnStep(`Post step did not complete: ${describeError(error)}`);
    }
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __nccwpck_require__(6698);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __nccwpck_require__(3053);
;// CONCATENATED MODULE: ./packages/core/src/stall-guard.ts


const context = new external_node_async_hooks_.AsyncLocalStorage();
let subscribed = false;
let abandonedAny = false;
const stallError = () => Object.assign(new Error('the service stopped answering'), { code: 'ETIMEDOUT' });
function subscribe() {
    if (subscribed)
        return;
    subscribed = true;
    dc.subscribe('http.client.request.start', (message) => {
        const watch = context.getStore();
        const request = message.request;
        if (!watch)
            return;
        if (watch.abandoned) {
            request.destroy(stallError());
            return;
        }
        watch.requests.set(request, { bytes: -1, since: Date.now() });
        request.once('close', () => watch.requests.delete(request));
    });
    dc.subscribe('net.client.socket', (message) => {
        const watch = context.getStore();
        const socket = message.socket;
        if (!watch)
            return;
        if (watch.abandoned) {
            socket.destroy(stallError());
            return;
        }
        watch.sockets.add(socket);
        socket.once('close', () => watch.sockets.delete(socket));
    });
}
/**
 * Runs `op` and ends it when one of its HTTP requests moves no data for `stallMs` (an unanswered
 * request, a stalled download or upload). Local work between requests (tar, zstd) never trips it.
 */
async function guardStalls(op, stallMs) {
    subscribe();
    const watch = { requests: new Map(), sockets: new Set(), abandoned: false };
    return new Promise((resolve, reject) => {
        let settled = false;
        let grace;
        const tick = setInterval(() => {
            const now = Date.now();
            for (const [request, seen] of watch.requests) {
                const socket = request.socket;
                const bytes = socket ? socket.bytesRead + socket.bytesWritten : 0;
                if (bytes !== seen.bytes) {
                    seen.bytes = bytes;
                    seen.since = now;
                }
                else if (now - seen.since >= stallMs) {
                    const hostHeader = request.getHeader('host');
                    const host = `${request.protocol}//${typeof hostHeader === 'string' ? hostHeader : request.host}${request.path.split('?')[0] ?? ''}`;
                    stall(`${host} sent nothing for ${Math.round(stallMs / 1000)} s (stall-timeout)`);
                    return;
                }
            }
        }, Math.max(50, Math.min(1000, stallMs / 4)));
        tick.unref();
        const stall = (reason) => {
            watch.abandoned = true;
            abandonedAny = true;
            clearInterval(tick);
            for (const request of watch.requests.keys())
                request.destroy(stallError());
            for (const socket of watch.sockets)
                socket.destroy(stallError());
            // Give the library a moment to see the error and log its own failure, then move on without it.
            // This timer keeps the process alive: a library may never settle its promise once its
            // socket is gone (@actions/http-client's readBody waits for an 'end' that never comes), and
            // with nothing else pending Node would end the step with an unsettled top-level await (13).
            // Cleared as soon as the call settles, so it never outlives the call.
            grace = setTimeout(() => finish({ stalled: reason }), 1000);
            pending.then(() => finish({ stalled: reason }), () => finish({ stalled: reason }));
        };
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearInterval(tick);
            clearTimeout(grace);
            resolve(outcome);
        };
        const pending = context.run(watch, op);
        pending.then((value) => {
            if (!watch.abandoned)
                finish({ value });
        }, (error) => {
            if (watch.abandoned || settled)
                return;
            settled = true;
            clearInterval(tick);
            reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
}
/** Whether a guarded call was abandoned in this process (its library may still hold timers). */
function abandonedCalls() {
    return abandonedAny;
}
/**
 * Ends the process once its output is flushed when a stalled call was abandoned: the step's work
 * is done, and a library's retry timers must not hold the job. The exit code is the step's own.
 */
async function exitIfAbandoned() {
    if (!abandonedAny)
        return;
    await new Promise((resolve) => process.stdout.write('', () => resolve()));
    await new Promise((resolve) => process.stderr.write('', () => resolve()));
    process.exit();
}

;// CONCATENATED MODULE: ./packages/core/src/actions.ts
// The Actions side of core: only action entry points import this (it loads @actions/core).






/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yo: () => (/* binding */ UserError),
  Ic: () => (/* binding */ describeFailure),
  fv: () => (/* reexport */ error_codes_errorCodes),
  gJ: () => (/* binding */ errorMessage)
});

// UNUSED EXPORTS: BUG_PREFIX, PolicyError, describeError, errorCode, formatUserError, isUserError

;// CONCATENATED MODULE: ./packages/core/src/error-codes.ts
// The stable error codes that machine readers branch on: the CLI's `--json` error object, the
// actions' `error-code` outputs and docs/error-codes.md. A code, once published, keeps its
// meaning; add new ones, never repurpose one. Each engine's codes sit in their own section.
const error_codes_errorCodes = {
    // Any capability: input, output and the network.
    /** Bad flags, arguments or action inputs. */
    usage: 'USAGE',
    /** An input (file, report, policy) is readable but its content is wrong. */
    invalidInput: 'INPUT_INVALID',
    /** An input file does not exist or cannot be read. */
    inputUnreadable: 'INPUT_UNREADABLE',
    /** An input file is larger than its format allows. */
    inputTooLarge: 'INPUT_TOO_LARGE',
    /** A text input holds binary data. */
    inputBinary: 'INPUT_BINARY',
    /** An output path resolves to an input, or two outputs to one file. */
    outputIsInput: 'OUTPUT_IS_INPUT',
    /** An output could not be written (disk full, read-only, a folder in the way, ...). */
    outputUnwritable: 'OUTPUT_UNWRITABLE',
    /** A folder the tool would replace was not created by it. */
    outputNotOwned: 'OUTPUT_NOT_OWNED',
    /** A network call passed its deadline. */
    networkTimeout: 'NETWORK_TIMEOUT',
    /** A network peer could not be reached (refused, unresolvable, reset). */
    networkUnreachable: 'NETWORK_UNREACHABLE',
    /** A network peer answered with an error status after the retries. */
    networkStatus: 'NETWORK_STATUS',
    /** A gate's policy rejected readable input. */
    policyRejected: 'POLICY_REJECTED',
    /** A bug: not a UserError. */
    internal: 'INTERNAL',
    // verify-deploy
    /** A signature, certificate, log entry or timestamp did not verify. */
    signatureInvalid: 'SIGNATURE_INVALID',
    /** The signer's identity or issuer is not one the policy trusts, or is malformed. */
    identityMismatch: 'IDENTITY_MISMATCH',
    /** The signing key is not one the policy lists. */
    keyNotTrusted: 'KEY_NOT_TRUSTED',
    /** The provenance does not match the artifact, the builder or the source. */
    provenanceMismatch: 'PROVENANCE_MISMATCH',
    /** No verified timestamp, or a signature older than the policy's max-age. */
    signatureStale: 'SIGNATURE_STALE',
    /** The policy requires a reproducibility verdict that is missing or negative. */
    reproducibilityMissing: 'REPRODUCIBILITY_MISSING',
    // container-scan-gate
    /** A scanner report says the scan itself failed (database invalid, errors). */
    scanFailed: 'SCAN_FAILED',
    /** A scanner report scanned nothing. */
    scanEmpty: 'SCAN_EMPTY',
    // cache-setup, slipway cache run
    /** The install command that cache-setup or `cache run` ran exited non-zero. */
    installFailed: 'INSTALL_FAILED',
    // reproducible-build
    /** The outputs differ between builds. */
    notReproducible: 'NOT_REPRODUCIBLE',
    /** A build needed the network, or could not be isolated from it. */
    notHermetic: 'NOT_HERMETIC',
};

;// CONCATENATED MODULE: ./packages/core/src/errors.ts


/** An error the user can fix: bad input, an unreadable file, a policy violation. Fails with its message and hint, no stack. */
class UserError extends Error {
    hint;
    code;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.hint = options.hint;
        this.code = options.code ?? error_codes_errorCodes.invalidInput;
    }
}
/** A gate said no: the inputs were readable and the policy rejected them (CLI exit code 1). */
class PolicyError extends UserError {
    constructor(message, options = {}) {
        super(message, { ...options, code: options.code ?? error_codes_errorCodes.policyRejected });
        this.name = 'PolicyError';
    }
}
/** True for errors that carry a message meant for the user rather than a stack. */
function isUserError(error) {
    return error instanceof UserError;
}
/** The message of any thrown value, Error or not. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** Message, then hint on its own line, as shown to a person. */
function formatUserError(error) {
    return error.hint ? `${error.message}\nHint: ${error.hint}` : error.message;
}
/** The line that precedes a bug's stack, so a person knows it is ours to fix. */
const BUG_PREFIX = 'Unexpected error (please report it): ';
/** What a person sees for any thrown value: user errors without a stack, bugs with one. */
function describeError(error) {
    if (isUserError(error))
        return formatUserError(error);
    if (error instanceof Error)
        return error.stack ?? `${error.name}: ${error.message}`;
    return `A non-Error value was thrown: ${errorMessage(error)}`;
}
/** As describeError, with the "please report" line before anything that is not a UserError. */
function describeFailure(error) {
    return isUserError(error) ? formatUserError(error) : `${BUG_PREFIX}${describeError(error)}`;
}
/** The stable code of any thrown value: a UserError's own, `internal` for a bug. */
function errorCode(error) {
    return isUserError(error) ? error.code : errorCodes.internal;
}


/***/ }),

/***/ 9660:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* binding */ processExec)
});

// UNUSED EXPORTS: spawnCapture

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/core/src/exec.ts

/** Runs a program without a shell, capturing its output; `onLine` sees output as it arrives. */
function spawnCapture(command, args, options = {}, onChunk) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ? (options.inheritEnv === false ? options.env : { ...process.env, ...options.env }) : process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (c) => {
            stdout += c;
            onChunk?.(c, 'stdout');
        });
        child.stderr.setEncoding('utf8').on('data', (c) => {
            stderr += c;
            onChunk?.(c, 'stderr');
        });
        child.on('error', reject);
        // A child may exit before reading its input; that EPIPE is not an error of ours.
        child.stdin.on('error', () => undefined);
        child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr }));
        child.stdin.end(options.input ?? '');
    });
}
/** An `Exec` that runs real processes and echoes their output unless `silent`. */
function processExec(write) {
    return {
        run: (command, args, options = {}) => spawnCapture(command, args, options, options.silent ? undefined : (chunk) => write(chunk)),
    };
}


/***/ }),

/***/ 4437:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oz: () => (/* reexport */ Markdown),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  zW: () => (/* reexport */ assertDistinctOutputs),
  TA: () => (/* reexport */ assertNotFuture),
  Op: () => (/* reexport */ files_canonicalPath),
  D4: () => (/* reexport */ decode_namespaceObject),
  w8: () => (/* reexport */ decode_decodeDocument),
  fv: () => (/* reexport */ errors/* errorCodes */.fv),
  gJ: () => (/* reexport */ errors/* errorMessage */.gJ),
  ZD: () => (/* reexport */ escapeHtml),
  H6: () => (/* reexport */ githubRequest),
  hF: () => (/* reexport */ input_readers_namespaceObject),
  x6: () => (/* reexport */ networkError),
  _3: () => (/* reexport */ nodeTransport),
  eR: () => (/* reexport */ outcomeRecord),
  AZ: () => (/* reexport */ outcomeRecordFile),
  DP: () => (/* reexport */ parseDateTime),
  qF: () => (/* reexport */ parseJson),
  yy: () => (/* reexport */ parseUserUrl),
  Ym: () => (/* reexport */ percentile),
  Ko: () => (/* reexport */ readInputs),
  ue: () => (/* reexport */ readZip),
  fb: () => (/* reexport */ sleep),
  bD: () => (/* reexport */ withRetry),
  kF: () => (/* reexport */ writeOutputFiles)
});

// UNUSED EXPORTS: BUG_PREFIX, DEFAULT_DEADLINES, DEFAULT_RETRY, DEFAULT_SKIP_FOLDERS, DecodeError, GITHUB_RETRY, InputError, LARGE_FILE_LIMIT, NETWORK_TIMEOUT_VARIABLE, NO_RETRY, OPTIMIZE_AFTER_MS, OWNED_MARKER, PolicyError, RECORD_ARTIFACT_PREFIX, RECORD_SCHEMA, SECONDARY_MIN_WAIT_MS, SMALL_FILE_LIMIT, backoffDelay, consolePorts, describeError, describeFailure, describeFsError, describeUrl, digestBytes, digestFile, errorCode, expandGlobs, fetchWithPolicy, fixedClock, globMatcher, holdOptimizingCompilers, isForkPullRequest, isRetryableStatus, isTimeoutFailure, isUserError, libraryNetworkError, looksLikeZip, median, networkDeadlineMs, networkTimeoutCap, parseCalendarDate, parseDuration, parseRetryAfter, parseYamlText, prepareOwnedDir, promiseRetryOptions, publishRecords, readBody, readFileBytes, readGitHubContext, readJsonFile, readTextFile, readYamlFile, readerFrom, recordArtifactName, recordDocument, recordRunFrom, removeOwnedDir, requestWithPolicy, spawnCapture, splitList, systemClock, writeTextFile

// NAMESPACE OBJECT: ./packages/core/src/decode.ts
var decode_namespaceObject = {};
__nccwpck_require__.r(decode_namespaceObject);
__nccwpck_require__.d(decode_namespaceObject, {
  DecodeError: () => (DecodeError),
  array: () => (array),
  boolean: () => (decode_boolean),
  decodeDocument: () => (decode_decodeDocument),
  literal: () => (literal),
  map: () => (map),
  nullable: () => (nullable),
  number: () => (number),
  object: () => (object),
  oneOf: () => (oneOf),
  optional: () => (optional),
  record: () => (record),
  settings: () => (settings),
  string: () => (string),
  unknown: () => (unknown),
  withDefault: () => (withDefault)
});

// NAMESPACE OBJECT: ./packages/core/src/input-readers.ts
var input_readers_namespaceObject = {};
__nccwpck_require__.r(input_readers_namespaceObject);
__nccwpck_require__.d(input_readers_namespaceObject, {
  InputError: () => (InputError),
  boolean: () => (input_readers_boolean),
  duration: () => (duration),
  globs: () => (globs),
  integer: () => (integer),
  lines: () => (lines),
  list: () => (list),
  number: () => (input_readers_number),
  oneOf: () => (input_readers_oneOf),
  parseDuration: () => (parseDuration),
  path: () => (path),
  splitList: () => (splitList),
  string: () => (input_readers_string),
  yamlFile: () => (yamlFile)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts + 1 modules
var errors = __nccwpck_require__(6829);
;// CONCATENATED MODULE: ./packages/core/src/decode.ts

/** A decoding failure: `path` is the field at fault, `expected` what would have been accepted. */
class DecodeError extends errors/* UserError */.yo {
    path;
    constructor(path, expected, actual) {
        super(`${path || '(root)'}: ${typeof expected === 'string' ? `expected ${expected}, got ${describe(actual)}` : expected.message}`);
        this.name = 'DecodeError';
        this.path = path;
    }
}
function describe(value) {
    if (value === undefined)
        return 'undefined (the field is missing)';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return `${typeof value} ${value}`;
    return `a ${typeof value}`;
}
const decode_join = (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
const string = (v, p) => {
    if (typeof v !== 'string')
        throw new DecodeError(p, 'a string', v);
    return v;
};
const number = (v, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
        throw new DecodeError(p, 'a number', v);
    return v;
};
const decode_boolean = (v, p) => {
    if (typeof v !== 'boolean')
        throw new DecodeError(p, 'true or false', v);
    return v;
};
const unknown = (v) => v;
/** One of the given string literals. */
function literal(...values) {
    return (v, p) => {
        if (typeof v !== 'string' || !values.includes(v))
            throw new DecodeError(p, `one of ${values.join(', ')}`, v);
        return v;
    };
}
function array(item) {
    return (v, p) => {
        if (!Array.isArray(v))
            throw new DecodeError(p, 'an array', v);
        return v.map((x, i) => item(x, decode_join(p, i)));
    };
}
/** A JSON object used as a map from string keys to values of one type. */
function record(value) {
    return (v, p) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            throw new DecodeError(p, 'an object', v);
        const out = {};
        // defineProperty, not assignment: a `__proto__` key stays an ordinary entry instead of
        // setting the result's prototype.
        for (const [k, x] of Object.entries(v)) {
            Object.defineProperty(out, k, { value: value(x, decode_join(p, k)), enumerable: true, writable: true, configurable: true });
        }
        return out;
    };
}
/** Absent or null becomes undefined. */
function optional(inner) {
    return (v, p) => (v === undefined || v === null ? undefined : inner(v, p));
}
/** Absent or null becomes the fallback. */
function withDefault(inner, fallback) {
    return (v, p) => (v === undefined || v === null ? fallback : inner(v, p));
}
function nullable(inner) {
    return (v, p) => (v === null ? null : inner(v, p));
}
/** The first alternative that decodes; the error lists what each would have needed. */
function oneOf(...alternatives) {
    return (v, p) => {
        const errors = [];
        for (const alt of alternatives) {
            try {
                return alt(v, p);
            }
            catch (error) {
                if (!(error instanceof DecodeError))
                    throw error;
                errors.push(error.message);
            }
        }
        throw new DecodeError(p, { message: `no accepted form matched (${errors.join('; ')})` });
    };
}
function map(inner, f) {
    return (v, p) => f(inner(v, p), p);
}
/**
 * An object with the given fields. Unknown fields are ignored unless `strict`, in which
 * case they are an error naming the field and the accepted ones (policy files: a typo must not pass).
 */
function object(shape, options = {}) {
    return (v, p) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            throw new DecodeError(p, 'an object', v);
        const input = v;
        if (options.strict) {
            for (const key of Object.keys(input)) {
                // Own keys only: `constructor` or `toString` is not a field because every object inherits it.
                if (!Object.hasOwn(shape, key)) {
                    throw new DecodeError(decode_join(p, key), { message: `unknown field; accepted fields are ${Object.keys(shape).join(', ')}` });
                }
            }
        }
        const out = {};
        for (const [key, decode] of Object.entries(shape)) {
            const value = decode(Object.hasOwn(input, key) ? input[key] : undefined, decode_join(p, key));
            if (value !== undefined)
                out[key] = value;
        }
        return out;
    };
}
/** Runs a decoder on a parsed document, prefixing errors with the document's name. */
function decode_decodeDocument(decoder, value, source) {
    try {
        return decoder(value, '');
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo) {
            throw new errors/* UserError */.yo(`${source}: ${error.message}`, { hint: error.hint, cause: error, code: error.code });
        }
        throw error;
    }
}
/**
 * A settings document (a policy): an empty document, or a key or list item with no value (what a
 * file cut short leaves, `vulnerabilities:` with nothing after it), is an error naming the field;
 * anything else goes to `inner`. Absent keys keep their defaults; a written key must say something.
 */
function settings(inner) {
    return (v, p) => {
        if (v === undefined || v === null) {
            throw new DecodeError(p, { message: 'the document is empty (was the file cut short?)' });
        }
        const walk = (x, at) => {
            if (x === null)
                throw new DecodeError(at, { message: 'no value after the key (was the file cut short?); give a value or remove the key' });
            if (Array.isArray(x))
                x.forEach((item, i) => walk(item, decode_join(at, i)));
            else if (typeof x === 'object' && !(x instanceof Date))
                for (const [k, item] of Object.entries(x))
                    walk(item, decode_join(at, k));
        };
        walk(v, p);
        return inner(v, p);
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/files.ts






/**
 * The largest text inputs whose format has no reason to be big (policies, workflows, keys,
 * configuration). Reports and timings, which may be large, are read with their own limit.
 */
const SMALL_FILE_LIMIT = (/* unused pure expression or super */ null && (8 * 1024 * 1024));
/** The largest file read whole into one string; above it a format must stream. */
const LARGE_FILE_LIMIT = (/* unused pure expression or super */ null && (400 * 1024 * 1024));
/** What a failed file-system call means to a person, from its errno code. */
function files_describeFsError(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'it does not exist';
        case 'EISDIR':
            return 'it is a directory';
        case 'ENOTDIR':
            return 'a part of the path is a file, not a directory';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EROFS':
            return 'the file system is read-only';
        case 'ENOSPC':
            return 'the disk is full';
        case 'EDQUOT':
            return 'the disk quota is exhausted';
        case 'EEXIST':
            return 'it already exists';
        case 'ELOOP':
            return 'it is a symbolic link loop';
        case 'ENAMETOOLONG':
            return 'the path is too long';
        case 'EMFILE':
        case 'ENFILE':
            return 'too many open files';
        case 'EIO':
            return 'an input/output error';
        default:
            return code ?? (error instanceof Error ? error.message : String(error));
    }
}
function writeError(what, path, error) {
    const code = error?.code;
    return new errors/* UserError */.yo(`Cannot write ${what} ${path}: ${files_describeFsError(error)}${code ? ` (${code})` : ''}`, {
        cause: error,
        code: errors/* errorCodes */.fv.outputUnwritable,
        hint: code === 'ENOSPC' || code === 'EDQUOT'
            ? 'free some space or write the output elsewhere'
            : 'choose a path in a writable folder that is not a directory',
    });
}
async function resolveTarget(path, what, rule) {
    let info;
    try {
        info = await (0,promises_.lstat)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { target: path, mode: undefined };
        throw writeError(what, path, error);
    }
    if (info.isSymbolicLink()) {
        if (rule === 'refuse') {
            throw new errors/* UserError */.yo(`Cannot write ${what} ${path}: it is a symbolic link`, {
                code: errors/* errorCodes */.fv.outputUnwritable,
                hint: 'write to the real file, or remove the link first',
            });
        }
        let target;
        try {
            target = await (0,promises_.realpath)(path);
        }
        catch (error) {
            // A dangling link: write where it points.
            if (error.code !== 'ENOENT')
                throw writeError(what, path, error);
            target = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), await (0,promises_.readlink)(path));
            return { target, mode: undefined };
        }
        return resolveTarget(target, what, 'refuse');
    }
    if (info.isDirectory())
        throw writeError(what, path, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    return { target: path, mode: info.mode & 0o7777 };
}
/** Writes the text to a fresh temporary file beside the target; the caller renames it into place. */
async function prepareWrite(path, text, options) {
    const what = options.what ?? 'file';
    const { target, mode } = await resolveTarget(path, what, options.symlinks ?? 'refuse');
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    }
    catch (error) {
        throw writeError(what, path, error);
    }
    // A name no other writer uses, created exclusively: two concurrent writers each rename a
    // whole file of their own, and the last rename wins.
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    let handle;
    try {
        handle = await (0,promises_.open)(tmp, 'wx', mode ?? options.mode ?? 0o644);
    }
    catch (error) {
        throw writeError(what, path, error);
    }
    try {
        await handle.writeFile(text);
        if (mode !== undefined)
            await handle.chmod(mode);
        await handle.sync();
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
        throw writeError(what, path, error);
    }
    await handle.close();
    return { target, tmp };
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Removes temporary files of this writer's own naming (`.<name>.<pid>.<random>.tmp`) that a
 * writer killed with SIGKILL left beside `target`: only those whose process is gone.
 */
async function sweepAbandoned(target) {
    const prefix = `.${(0,external_node_path_.basename)(target)}.`;
    let names;
    try {
        names = await (0,promises_.readdir)((0,external_node_path_.dirname)(target));
    }
    catch {
        return;
    }
    for (const name of names) {
        if (!name.startsWith(prefix) || !name.endsWith('.tmp'))
            continue;
        const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
        if (match && Number(match[1]) !== process.pid && !processAlive(Number(match[1]))) {
            await (0,promises_.rm)((0,external_node_path_.join)((0,external_node_path_.dirname)(target), name), { force: true }).catch(() => undefined);
        }
    }
}
async function commit(prepared, what, shown) {
    try {
        await (0,promises_.rename)(prepared.tmp, prepared.target);
    }
    catch (error) {
        await (0,promises_.rm)(prepared.tmp, { force: true }).catch(() => undefined);
        throw writeError(what, shown, error);
    }
    await sweepAbandoned(prepared.target);
}
/**
 * Writes a text file, creating its folder, through a temporary file of its own and a rename:
 * a reader (or a step that fails half-way) never sees half a file, concurrent writers never mix
 * their bytes, a replaced file keeps its mode, and no temporary file is left behind on failure.
 * A target that is a symbolic link is refused unless `symlinks: 'follow'`.
 */
async function writeTextFile(path, text, options = {}) {
    const prepared = await prepareWrite(path, text, options);
    await commit(prepared, options.what ?? 'file', path);
}
/**
 * Writes several outputs all or none: every file goes to a temporary file first, and only when
 * all of them are written are they renamed into place. A failure leaves no temporary file.
 */
async function writeOutputFiles(files) {
    // Each temporary file is written and synced at the same time as the others: the disk's waits overlap.
    const settled = await Promise.allSettled(files.map((file) => prepareWrite(file.path, file.text, file)));
    const prepared = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) {
        await Promise.all(prepared.map((p) => (0,promises_.rm)(p.tmp, { force: true }).catch(() => undefined)));
        throw failed.reason;
    }
    for (const [i, p] of prepared.entries()) {
        const file = files[i];
        try {
            await commit(p, file.what ?? 'file', file.path);
        }
        catch (error) {
            await Promise.all(prepared.slice(i + 1).map((q) => (0,promises_.rm)(q.tmp, { force: true }).catch(() => undefined)));
            throw error;
        }
    }
}
/** The path a file is or would be at once symbolic links are followed (the parent's, for a file not yet there). */
async function files_canonicalPath(path) {
    const absolute = (0,external_node_path_.resolve)(path);
    try {
        return await (0,promises_.realpath)(absolute);
    }
    catch {
        const parent = (0,external_node_path_.dirname)(absolute);
        if (parent === absolute)
            return absolute;
        return (0,external_node_path_.join)(await files_canonicalPath(parent), (0,external_node_path_.basename)(absolute));
    }
}
/** Refuses an output that cannot be written as a file: a folder, a symbolic link, a path below a file. */
async function assertWritableShape(out) {
    try {
        const info = await (0,promises_.lstat)(out.path);
        if (info.isSymbolicLink() || info.isDirectory())
            await resolveTarget(out.path, out.name, 'refuse');
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        const code = error.code;
        if (code === 'ENOENT')
            return;
        throw writeError(out.name, out.path, error);
    }
}
/**
 * Refuses, before any work, outputs that resolve (symbolic links and `..` included) to one of
 * the inputs or to another output (writing one would replace what the run reads, or lose one of
 * two results), and outputs that cannot be written as files (a folder, a symbolic link, a path
 * below a file), so that a run never does its work and then fails at its last write.
 */
async function assertDistinctOutputs(inputs, outputs) {
    const seen = new Map();
    for (const item of inputs)
        seen.set(await files_canonicalPath(item.path), { ...item, role: 'input' });
    for (const out of outputs) {
        const key = await files_canonicalPath(out.path);
        const clash = seen.get(key);
        if (clash) {
            throw new errors/* UserError */.yo(clash.role === 'input'
                ? `${out.name} ${out.path} is the same file as the input ${clash.name} ${clash.path}; writing it would replace the input`
                : `${out.name} ${out.path} and ${clash.name} ${clash.path} are the same file; one output would replace the other`, { code: errors/* errorCodes */.fv.outputIsInput, hint: `give ${out.name} a path of its own` });
        }
        seen.set(key, { ...out, role: 'output' });
    }
    for (const out of outputs)
        await assertWritableShape(out);
}
function sizeText(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
/** Reads a file's bytes; a missing, unreadable or too large file is a UserError naming it. */
async function readFileBytes(path, what = 'file', options = {}) {
    const limit = options.maxBytes ?? LARGE_FILE_LIMIT;
    try {
        const info = await stat(path);
        if (info.isDirectory())
            throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        if (info.size > limit) {
            throw new UserError(`Cannot read ${what} ${path}: it is ${sizeText(info.size)}, more than the ${sizeText(limit)} this input may be`, {
                code: errorCodes.inputTooLarge,
                hint: 'check that the path names the intended file',
            });
        }
        return await readFile(path);
    }
    catch (error) {
        if (error instanceof UserError)
            throw error;
        throw new UserError(`Cannot read ${what} ${path}: ${files_describeFsError(error)}`, { cause: error, code: errorCodes.inputUnreadable });
    }
}
/**
 * Reads a text file; a missing, unreadable, too large or binary (NUL bytes) file is a UserError
 * naming it.
 */
async function readTextFile(path, what = 'file', options = {}) {
    const bytes = await readFileBytes(path, what, options);
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        throw new UserError(`Cannot read ${what} ${path}: it is a binary file (a NUL byte at offset ${nul}), not text`, {
            code: errorCodes.inputBinary,
            hint: 'check that the path names the intended file',
        });
    }
    return bytes.toString('utf8');
}
/** Parses JSON text; the error names the source and the line and column at fault. */
function parseJson(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const pos = /position (\d+)/.exec(message);
        let where = '';
        if (pos) {
            const offset = Number(pos[1]);
            const before = text.slice(0, offset);
            const line = before.split('\n').length;
            where = ` at line ${line}, column ${offset - before.lastIndexOf('\n')}`;
        }
        else if (text.trim() === '') {
            where = ': the file is empty';
        }
        throw new errors/* UserError */.yo(`${source} is not valid JSON${where} (${message})`, { cause: error });
    }
}
/** Parses YAML text; the error names the source and the line at fault. Aliases are capped (no billion laughs). */
function parseYamlText(text, source) {
    try {
        return (0,dist/* parse */.qg)(text, { prettyErrors: true, uniqueKeys: true, maxAliasCount: 1000 });
    }
    catch (error) {
        if (error instanceof dist/* YAMLParseError */.XT) {
            const at = error.linePos?.[0];
            throw new errors/* UserError */.yo(`${source} is not valid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${error.message.split('\n')[0] ?? ''}`, { cause: error });
        }
        if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
            throw new errors/* UserError */.yo(`${source} is not valid YAML: ${error.message}`, { cause: error });
        }
        throw error;
    }
}
/** Reads and decodes a JSON file. */
async function readJsonFile(path, decoder, what = 'JSON file', options = {}) {
    return decodeDocument(decoder, parseJson(await readTextFile(path, what, options), path), path);
}
/** Reads and decodes a YAML (or JSON, a subset) file; at most SMALL_FILE_LIMIT unless told. */
async function readYamlFile(path, decoder, what = 'YAML file', options = {}) {
    const text = await readTextFile(path, what, { maxBytes: options.maxBytes ?? SMALL_FILE_LIMIT });
    return decodeDocument(decoder, parseYamlText(text, path), path);
}

;// CONCATENATED MODULE: ./packages/core/src/input-readers.ts





/**
 * Typed readers for action inputs and CLI values. Each reader parses one raw string
 * (as the runner passes it: trimmed, '' when unset) and its errors name the input
 * and the values it accepts.
 */
class InputError extends errors/* UserError */.yo {
    constructor(name, problem, hint) {
        super(`Input '${name}' ${problem}`, { code: errors/* errorCodes */.fv.usage, ...(hint === undefined ? {} : { hint }) });
        this.name = 'InputError';
    }
}
function spec(kind, parse, empty, opts) {
    return { kind, parse, empty, default: opts.default, required: opts.required ?? false };
}
function input_readers_string(opts = {}) {
    return spec('string', (raw) => raw, undefined, opts);
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts. */
function input_readers_boolean(opts = {}) {
    return spec('boolean', (raw, name) => {
        if (TRUE.includes(raw))
            return true;
        if (FALSE.includes(raw))
            return false;
        throw new InputError(name, `must be true or false; got '${raw}'`);
    }, false, opts);
}
function integer(opts = {}) {
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = opts;
    return spec('integer', (raw, name) => {
        const n = /^[+-]?\d+$/.test(raw) ? Number(raw) : Number.NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max) {
            throw new InputError(name, `must be a whole number from ${min} to ${max}; got '${raw}'`);
        }
        return n;
    }, undefined, opts);
}
function input_readers_number(opts = {}) {
    const { min = 0, max = Number.MAX_SAFE_INTEGER } = opts;
    return spec('number', (raw, name) => {
        const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(raw) ? Number(raw) : Number.NaN;
        if (!Number.isFinite(n) || n < min || n > max) {
            throw new InputError(name, `must be a number from ${min} to ${max}; got '${raw}'`);
        }
        return n;
    }, undefined, opts);
}
/** One of a fixed set of values (matched case-insensitively, returned as declared). */
function input_readers_oneOf(values, opts = {}) {
    const parse = (raw, name) => {
        const hit = values.find((v) => v.toLowerCase() === raw.toLowerCase());
        if (hit === undefined)
            throw new InputError(name, `must be one of ${values.join(', ')}; got '${raw}'`);
        return hit;
    };
    const fallback = opts.default === undefined ? values[0] : parse(opts.default, 'default');
    return spec('enum', parse, fallback, opts);
}
/** Items split on newlines and commas, trimmed, empty ones and `#` comments dropped. */
function splitList(raw) {
    return raw
        .split(/\r?\n/)
        .map((line) => line.replace(/(^|\s)#.*$/, ''))
        .flatMap((line) => line.split(','))
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/** A multi-line or comma-separated list. */
function list(opts = {}) {
    return spec('list', (raw, name) => {
        const items = splitList(raw);
        if (opts.required && items.length === 0)
            throw new InputError(name, 'needs at least one item');
        return items;
    }, [], opts);
}
/** A multi-line list where each line stays whole (commas allowed inside items, e.g. globs with braces). */
function lines(opts = {}) {
    return spec('lines', (raw) => raw
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0 && !s.startsWith('#')), [], opts);
}
const UNITS = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
/** Parses `90s`, `15m`, `1h30m`, `7d` or a bare number of seconds into seconds. */
function parseDuration(raw) {
    const text = raw.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text);
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text.replace(/\s+/g, ''))
        return undefined;
    return parts.reduce((sum, p) => sum + Number(p[1]) * (UNITS[p[2] ?? 's'] ?? 1), 0);
}
function duration(opts = {}) {
    return spec('duration', (raw, name) => {
        const s = parseDuration(raw);
        if (s === undefined)
            throw new InputError(name, `must be a duration such as 90s, 15m, 1h30m or 7d; got '${raw}'`);
        return s;
    }, undefined, opts);
}
function path(opts = {}) {
    return spec('path', (raw, name) => {
        if (raw.includes('\0'))
            throw new InputError(name, 'must be a file path; it contains a NUL byte');
        return raw;
    }, undefined, opts);
}
/** Glob patterns, one per line (commas are part of a pattern, as in `{a,b}`); `!` lines exclude. */
function globs(opts = {}) {
    return spec('glob', (raw, name) => {
        const patterns = raw
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter((s) => s.length > 0 && !s.startsWith('#'));
        for (const p of patterns) {
            if (p.includes('\0'))
                throw new InputError(name, `has a pattern with a NUL byte: '${p}'`);
            if ((p.match(/\{/g) ?? []).length !== (p.match(/\}/g) ?? []).length ||
                (p.match(/\[/g) ?? []).length !== (p.match(/\]/g) ?? []).length) {
                throw new InputError(name, `has an unbalanced glob pattern '${p}'`, 'close every { and [ in the pattern');
            }
        }
        if (opts.required && patterns.every((p) => p.startsWith('!')))
            throw new InputError(name, 'needs at least one pattern that includes files');
        return patterns;
    }, [], opts);
}
/**
 * A path to a YAML or JSON file, read and decoded when the inputs are parsed, so a bad file
 * fails the step before any work starts. Errors name the input, the file and the field.
 */
function yamlFile(decoder, opts = {}) {
    return spec('file', (raw, name) => {
        const file = (0,external_node_path_.resolve)(opts.cwd ?? process.cwd(), raw);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch (error) {
            const code = error.code ?? String(error);
            throw new InputError(name, `names ${raw}, which cannot be read (${code})`, 'check the path; it is relative to the workspace');
        }
        try {
            return decode_decodeDocument(decoder, parseYamlText(text, raw), raw);
        }
        catch (error) {
            throw new InputError(name, `names a file that is not valid: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }, undefined, opts);
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

/** `shard-overhead-seconds` -> `shardOverheadSeconds`. */
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/**
 * Reads every input of a schema. An empty input falls back to the schema default (the same
 * string as `action.yml`'s, so the CLI and tests see the runner's behaviour).
 */
function readInputs(schema, read) {
    const out = {};
    for (const [name, spec] of Object.entries(schema)) {
        const raw = read(name).trim() || spec.default || '';
        if (raw === '') {
            if (spec.required)
                throw new InputError(name, 'is required but was not set');
            out[camelCase(name)] = spec.empty;
        }
        else {
            out[camelCase(name)] = spec.parse(raw, name);
        }
    }
    return out;
}
/** A reader over a plain map of inputs, for the CLI and tests. */
function readerFrom(values) {
    return (name) => {
        const v = values[name];
        return v === undefined ? '' : String(v);
    };
}

// EXTERNAL MODULE: ./packages/core/src/ports.ts
var ports = __nccwpck_require__(5049);
// EXTERNAL MODULE: ./packages/core/src/exec.ts + 1 modules
var exec = __nccwpck_require__(9660);
;// CONCATENATED MODULE: ./packages/core/src/summary.ts
/** A markdown builder for job summaries: headings, tables, details, mermaid. */
class Markdown {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${text}\n`);
        return this;
    }
    paragraph(text) {
        this.parts.push(`${text}\n`);
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.parts.push(`${items.map((i) => `- ${i}`).join('\n')}\n`);
        return this;
    }
    /** A GitHub-flavoured table; cells are escaped so a `|` in data cannot break it. */
    table(header, rows, align) {
        const sep = header.map((_, i) => ({ l: ':--', r: '--:', c: ':-:' })[align?.[i] ?? 'l']);
        const line = (cells) => `| ${cells.map((c) => escapeCell(String(c))).join(' | ')} |`;
        this.parts.push([line(header), `| ${sep.join(' | ')} |`, ...rows.map(line)].join('\n') + '\n');
        return this;
    }
    details(summary, body) {
        this.parts.push(`<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n</details>\n`);
        return this;
    }
    mermaid(diagram) {
        return this.code(diagram, 'mermaid');
    }
    code(text, language = '') {
        const fence = text.includes('```') ? '~~~~' : '```';
        this.parts.push(`${fence}${language}\n${text}\n${fence}\n`);
        return this;
    }
    /** A GitHub alert block: NOTE, TIP, IMPORTANT, WARNING, CAUTION. */
    callout(kind, text) {
        this.parts.push(`> [!${kind}]\n${text
            .split('\n')
            .map((l) => `> ${l}`)
            .join('\n')}\n`);
        return this;
    }
    raw(markdown) {
        this.parts.push(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
        return this;
    }
    toString() {
        return this.parts.join('\n');
    }
}
function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

;// CONCATENATED MODULE: ./packages/core/src/glob.ts



/** The folders `expandGlobs` never enters through a wildcard unless told otherwise. */
const DEFAULT_SKIP_FOLDERS = (/* unused pure expression or super */ null && (['.git', 'node_modules']));
const MAGIC = /[*?[\]{}()!+@]/;
const stripDot = (p) => p.replace(/^(\.\/)+/, '');
/** The segments of a pattern that are plain names (no wildcard, class, brace or extglob). */
function literalSegments(pattern) {
    return new Set(stripDot(pattern)
        .split('/')
        .filter((s) => s !== '' && !MAGIC.test(s)));
}
/**
 * A matcher over `/`-separated relative paths for patterns with `!` exclusions: a path
 * matches when some include matches and no exclude does. `*` and `?` never cross a `/`,
 * `**` spans whole segments only, and `{a,b}`, `[abc]` and `?` mean what they mean in a shell.
 * A path through a folder in `skipFolders` matches only a pattern that names that folder.
 */
function globMatcher(patterns, options = {}) {
    // posix: `[!abc]` is a negated class, as in a shell (picomatch otherwise reads it as the set !, a, b, c).
    const opts = { dot: options.dot ?? true, basename: options.basename ?? false, strictSlashes: false, posix: true };
    const skip = new Set(options.skipFolders ?? []);
    const include = patterns.filter((p) => !p.startsWith('!')).map(stripDot);
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => stripDot(p.slice(1)));
    const includes = include.map((p) => {
        const test = picomatch(p, opts);
        const named = literalSegments(p);
        const barred = [...skip].filter((s) => !named.has(s));
        return { test, barred };
    });
    const isExcluded = exclude.length ? picomatch(exclude, opts) : () => false;
    return (path) => {
        const p = stripDot(path);
        if (isExcluded(p))
            return false;
        const folders = skip.size > 0 ? p.split('/').slice(0, -1) : [];
        return includes.some(({ test, barred }) => test(p) && !barred.some((b) => folders.includes(b)));
    };
}
/**
 * Expands glob patterns (with `!` exclusions) to the sorted files under `cwd`, relative to it,
 * by exactly `globMatcher`'s rules: hidden files and folders are matched (`dot`, default true)
 * and wildcards do not enter `.git` or `node_modules` (`skipFolders`, default
 * `DEFAULT_SKIP_FOLDERS`). Patterns that match nothing are an error naming them, unless `allowEmpty`.
 */
async function expandGlobs(patterns, cwd, options = {}) {
    const skipFolders = options.skipFolders ?? DEFAULT_SKIP_FOLDERS;
    const include = patterns.filter((p) => !p.startsWith('!')).map(stripDot);
    // The walk finds a superset (every dot name, exclusions unapplied: an ignore pattern would also
    // prune folders it names) and only skips folders no pattern names; the matcher decides.
    const named = new Set(include.flatMap((p) => [...literalSegments(p)]));
    const prune = skipFolders.filter((s) => !named.has(s)).map((s) => `**/${s}/**`);
    // With `basename`, a pattern without a slash matches at any depth: walk for it everywhere.
    const walk = options.basename ? include.map((p) => (p.includes('/') ? p : `**/${p}`)) : include;
    const found = include.length === 0
        ? []
        : await glob(walk, {
            cwd,
            ignore: prune,
            onlyFiles: true,
            dot: true,
            expandDirectories: false,
        });
    const matches = globMatcher(patterns, { dot: options.dot ?? true, basename: options.basename ?? false, skipFolders });
    const files = [...new Set(found.map((f) => f.replace(/\\/g, '/')))].filter(matches);
    if (files.length === 0 && !options.allowEmpty) {
        throw new UserError(`No ${options.what ?? 'files'} matched ${include.map((p) => `'${p}'`).join(', ')} in ${cwd}`, {
            hint: 'patterns are relative to the workspace; check the path and the file names',
        });
    }
    return files.sort();
}

;// CONCATENATED MODULE: ./packages/core/src/digest.ts



/** Hex digest of a file, streamed (constant memory whatever the size). */
async function digestFile(path, algorithm = 'sha256') {
    const hash = createHash(algorithm);
    try {
        for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
            hash.update(chunk);
    }
    catch (error) {
        throw new UserError(`Cannot read ${path} to compute its ${algorithm} digest: ${error.code ?? String(error)}`, {
            cause: error,
        });
    }
    return hash.digest('hex');
}
/** Hex digest of bytes or a string. */
function digestBytes(data, algorithm = 'sha256') {
    return createHash(algorithm).update(data).digest('hex');
}

;// CONCATENATED MODULE: ./packages/core/src/github-context.ts


/**
 * Reads the run context from the runner's environment; `overrides` fill or replace any field,
 * so the same code works outside Actions with explicit values (the CLI's flags).
 */
function readGitHubContext(env = process.env, overrides = {}) {
    const get = (name, fallback = '') => env[name] ?? fallback;
    const repository = overrides.repository ?? get('GITHUB_REPOSITORY');
    const [owner = '', repo = ''] = repository.split('/');
    const event = overrides.event ?? readEvent(env['GITHUB_EVENT_PATH']);
    const repoPayload = event['repository'];
    const payloadDefault = typeof repoPayload === 'object' &&
        repoPayload !== null &&
        typeof repoPayload['default_branch'] === 'string'
        ? repoPayload['default_branch']
        : '';
    const ref = overrides.ref ?? get('GITHUB_REF');
    const base = {
        serverUrl: get('GITHUB_SERVER_URL', 'https://github.com'),
        apiUrl: get('GITHUB_API_URL', 'https://api.github.com'),
        repository,
        owner,
        repo,
        repositoryId: get('GITHUB_REPOSITORY_ID'),
        repositoryOwnerId: get('GITHUB_REPOSITORY_OWNER_ID'),
        sha: get('GITHUB_SHA'),
        ref,
        refName: get('GITHUB_REF_NAME', ref.replace(/^refs\/(heads|tags)\//, '')),
        baseRef: get('GITHUB_BASE_REF'),
        headRef: get('GITHUB_HEAD_REF'),
        workflowRef: get('GITHUB_WORKFLOW_REF'),
        workflow: get('GITHUB_WORKFLOW'),
        job: get('GITHUB_JOB'),
        runId: get('GITHUB_RUN_ID'),
        runAttempt: get('GITHUB_RUN_ATTEMPT', '1'),
        runNumber: get('GITHUB_RUN_NUMBER'),
        eventName: get('GITHUB_EVENT_NAME'),
        actor: get('GITHUB_ACTOR'),
        workspace: get('GITHUB_WORKSPACE', process.cwd()),
        runnerEnvironment: get('RUNNER_ENVIRONMENT', 'github-hosted'),
        runnerOs: get('RUNNER_OS', osName()),
        runnerArch: get('RUNNER_ARCH', archName()),
        event,
        defaultBranch: payloadDefault,
    };
    return { ...base, ...overrides, owner: overrides.owner ?? owner, repo: overrides.repo ?? repo };
}
function readEvent(path) {
    if (!path)
        return {};
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new UserError(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}`, { cause: error });
    }
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
    }
    catch (error) {
        throw new UserError(`The event payload at ${path} is not valid JSON`, { cause: error });
    }
}
function osName() {
    return { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[process.platform] ?? process.platform;
}
function archName() {
    return { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }[process.arch] ?? process.arch;
}
/** True on a pull request whose head lives in another repository (a fork). */
function isForkPullRequest(ctx) {
    const pr = ctx.event['pull_request'];
    if (typeof pr !== 'object' || pr === null)
        return false;
    const head = pr['head'];
    const headRepo = typeof head === 'object' && head !== null ? head['repo'] : undefined;
    const fullName = typeof headRepo === 'object' && headRepo !== null ? headRepo['full_name'] : undefined;
    return typeof fullName === 'string' && fullName !== ctx.repository;
}

;// CONCATENATED MODULE: ./packages/core/src/owned-dir.ts




/** The file that marks a folder as made by Slipway, and so one it may empty or delete. */
const OWNED_MARKER = '.slipway-owned';
function inside(child, parent) {
    const rel = relative(parent, child);
    return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
async function refuseProtected(path, options) {
    const target = await canonicalPath(path);
    for (const kept of options.protect ?? []) {
        if (inside(await canonicalPath(kept), target)) {
            throw new UserError(`Refusing to use ${path} as ${options.what}: it is or holds ${kept}, which must not be replaced`, {
                code: errorCodes.outputNotOwned,
                hint: 'choose a new folder of its own',
            });
        }
    }
}
/**
 * Makes `path` an empty folder owned by Slipway: a new folder, an empty one, or one this tool
 * made before (it holds the marker file), whose contents are then removed. Anything else (a
 * file, a folder with someone's files, a protected folder) is refused and left as it is.
 */
async function prepareOwnedDir(path, options) {
    await refuseProtected(path, options);
    let info;
    try {
        info = await lstat(path);
    }
    catch (error) {
        if (error.code !== 'ENOENT') {
            throw new UserError(`Cannot use ${path} as ${options.what}: ${describeFsError(error)}`, { code: errorCodes.outputUnwritable });
        }
    }
    if (info && !info.isDirectory()) {
        throw new UserError(`Refusing to use ${path} as ${options.what}: it is ${info.isSymbolicLink() ? 'a symbolic link' : 'a file'}, not a folder`, {
            code: errorCodes.outputNotOwned,
            hint: 'choose a path that does not exist yet',
        });
    }
    if (info) {
        const entries = await readdir(path);
        if (entries.length > 0 && !entries.includes(OWNED_MARKER)) {
            throw new UserError(`Refusing to empty ${path} for ${options.what}: it holds files that Slipway did not create (no ${OWNED_MARKER} marker)`, {
                code: errorCodes.outputNotOwned,
                hint: 'choose a new or empty folder; Slipway only replaces folders it made itself',
            });
        }
        for (const entry of entries) {
            if (entry !== OWNED_MARKER)
                await rm(join(path, entry), { recursive: true, force: true });
        }
    }
    try {
        await mkdir(path, { recursive: true });
        await writeFile(join(path, OWNED_MARKER), `This folder was made by Slipway (${options.what}); Slipway may empty or remove it.\n`);
    }
    catch (error) {
        throw new UserError(`Cannot create ${options.what} ${path}: ${describeFsError(error)}`, {
            cause: error,
            code: errorCodes.outputUnwritable,
        });
    }
}
/** Removes a folder only if Slipway made it (it holds the marker); anything else is left alone and refused. */
async function removeOwnedDir(path, options) {
    await refuseProtected(path, options);
    let entries;
    try {
        entries = await readdir(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        throw new UserError(`Cannot remove ${options.what} ${path}: ${describeFsError(error)}`, { code: errorCodes.outputUnwritable });
    }
    if (!entries.includes(OWNED_MARKER)) {
        throw new UserError(`Refusing to remove ${path}: Slipway did not create it (no ${OWNED_MARKER} marker)`, {
            code: errorCodes.outputNotOwned,
        });
    }
    await rm(path, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./packages/core/src/dates.ts

// One strict reader for the dates users write (policy expiries, --since, --now, state files):
// a calendar date `YYYY-MM-DD` or an RFC 3339 timestamp. `Date.parse` is not used because it
// rolls impossible dates over (2023-02-29 becomes 1 March) and accepts many other shapes.
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})$/;
function daysIn(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
function invalid(value, field, why) {
    return new errors/* UserError */.yo(`${field}: '${value}' is not a valid date (${why})`, {
        code: errors/* errorCodes */.fv.invalidInput,
        hint: 'write a calendar date as YYYY-MM-DD or a time as RFC 3339, e.g. 2026-03-31 or 2026-03-31T12:00:00Z',
    });
}
function checkCalendar(value, field, y, m, d) {
    if (m < 1 || m > 12)
        throw invalid(value, field, `there is no month ${m}`);
    const max = daysIn(y, m);
    if (d < 1 || d > max)
        throw invalid(value, field, `month ${m} of ${y} has ${max} days`);
}
/**
 * Parses a calendar date (`YYYY-MM-DD`, midnight UTC) or an RFC 3339 timestamp to epoch
 * milliseconds. Impossible dates, times and other shapes are a UserError naming the field.
 */
function parseDateTime(value, field) {
    const text = value.trim();
    const date = DATE.exec(text);
    if (date) {
        const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
        checkCalendar(text, field, y, m, d);
        return Date.UTC(y, m - 1, d);
    }
    const ts = TIMESTAMP.exec(text);
    if (!ts)
        throw invalid(text, field, 'expected YYYY-MM-DD or an RFC 3339 time');
    const [y, mo, d, h, mi] = [Number(ts[1]), Number(ts[2]), Number(ts[3]), Number(ts[4]), Number(ts[5])];
    const s = ts[6] === undefined ? 0 : Number(ts[6]);
    checkCalendar(text, field, y, mo, d);
    if (h > 23)
        throw invalid(text, field, `there is no hour ${h}`);
    if (mi > 59)
        throw invalid(text, field, `there is no minute ${mi}`);
    if (s > 59)
        throw invalid(text, field, `there is no second ${s}`);
    const fraction = ts[7] === undefined ? 0 : Math.floor(Number(`0${ts[7]}`) * 1000);
    const zone = ts[8];
    let offsetMinutes = 0;
    if (zone !== 'Z' && zone !== 'z') {
        const [oh, om] = [Number(zone.slice(1, 3)), Number(zone.slice(4, 6))];
        if (oh > 23 || om > 59)
            throw invalid(text, field, `the offset ${zone} is out of range`);
        offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
    }
    return Date.UTC(y, mo - 1, d, h, mi, s, fraction) - offsetMinutes * 60_000;
}
/** Parses a calendar date only (`YYYY-MM-DD`), as epoch milliseconds at midnight UTC. */
function parseCalendarDate(value, field) {
    const text = value.trim();
    const date = DATE.exec(text);
    if (!date)
        throw invalid(text, field, 'expected YYYY-MM-DD');
    return parseDateTime(text, field);
}
/** Refuses a time after `now` (plus a minute of clock skew): a `--since` in the future collects nothing and moves no cursor. */
function assertNotFuture(epochMs, nowMs, field) {
    if (epochMs > nowMs + 60_000) {
        throw new errors/* UserError */.yo(`${field}: ${new Date(epochMs).toISOString()} is in the future (now is ${new Date(nowMs).toISOString()})`, {
            code: errors/* errorCodes */.fv.invalidInput,
            hint: 'give a time in the past',
        });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/retry.ts
// The one retry policy of the suite: bounded attempts, exponential backoff with full jitter,
// and a server's `retry-after` honoured up to a cap. Every network client uses it (the OCI
// client, the GitHub API client, the cache stores), so "how hard do we try" has one answer.
const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 15_000, maxRetryAfterMs: 120_000 };
/** No retries: one try, for calls that must not be repeated. */
const NO_RETRY = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };
/**
 * The wait a `retry-after` header asks for, in milliseconds: delay-seconds or an HTTP date
 * (RFC 9110 \u00a710.2.3). Absent or unreadable gives undefined.
 */
function parseRetryAfter(value, nowMs) {
    if (value === null || value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    if (Number.isNaN(at) || !/[a-z]/i.test(text))
        return undefined;
    return Math.max(0, at - nowMs);
}
/** The backoff before try `attempt + 1` (attempt counts from 1): full jitter below base \u00d7 2^(attempt-1). */
function backoffDelay(attempt, policy, random = Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `op` until `judge` says its outcome needs no retry, or the attempts run out. `judge`
 * sees either the value or the error of each try; after the last try the value is returned
 * and the error rethrown as they are, so callers keep their own error handling.
 */
async function withRetry(op, judge, policy = DEFAULT_RETRY, hooks = {}) {
    const wait = hooks.sleep ?? sleep;
    for (let attempt = 1;; attempt++) {
        let outcome;
        try {
            outcome = { value: await op(attempt) };
        }
        catch (error) {
            outcome = { error };
        }
        const verdict = judge(outcome);
        const last = attempt >= Math.max(1, policy.attempts);
        if (!verdict.retry || last) {
            if ('error' in outcome)
                throw outcome.error;
            return outcome.value;
        }
        if (verdict.waitMs !== undefined && verdict.waitMs > policy.maxRetryAfterMs) {
            if ('error' in outcome)
                throw outcome.error;
            return outcome.value;
        }
        const waitMs = Math.max(verdict.waitMs ?? 0, backoffDelay(attempt, policy, hooks.random));
        hooks.onRetry?.({ attempt, waitMs, reason: verdict.reason });
        await wait(waitMs);
    }
}
/**
 * The suite's retry policy for clients built on promise-retry: the same tries, and waits drawn
 * from the same range as backoffDelay (half the ceiling to the ceiling, doubling each time).
 */
function promiseRetryOptions(policy = DEFAULT_RETRY) {
    return {
        retries: Math.max(0, policy.attempts - 1),
        factor: 2,
        minTimeout: policy.baseDelayMs / 2,
        maxTimeout: policy.maxDelayMs,
        randomize: true,
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./packages/core/src/http.ts




const DEFAULT_DEADLINES = { firstByteMs: 30_000, idleMs: 30_000, answerMs: 300_000 };
/**
 * The environment variable that lowers every network deadline of the suite to this many
 * seconds: a CI that prefers failing fast on a stalled service, and the fault tests.
 */
const NETWORK_TIMEOUT_VARIABLE = 'SLIPWAY_NETWORK_TIMEOUT';
/** The cap SLIPWAY_NETWORK_TIMEOUT sets, in milliseconds; undefined when unset. A malformed value is an error naming it. */
function networkTimeoutCap(env = process.env) {
    const raw = env[NETWORK_TIMEOUT_VARIABLE];
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const seconds = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    if (!(seconds > 0) || seconds > 86_400) {
        throw new errors/* UserError */.yo(`${NETWORK_TIMEOUT_VARIABLE} must be a number of seconds above 0 (at most 86400); got '${raw}'`, {
            code: errors/* errorCodes */.fv.usage,
        });
    }
    return Math.round(seconds * 1000);
}
/** A client's own deadline in milliseconds, lowered to SLIPWAY_NETWORK_TIMEOUT when that is shorter (for clients that cannot use fetchWithPolicy). */
function networkDeadlineMs(defaultMs, env = process.env) {
    const cap = networkTimeoutCap(env);
    return cap === undefined ? defaultMs : Math.min(defaultMs, cap);
}
function capped(deadlines) {
    const cap = networkTimeoutCap();
    if (cap === undefined)
        return deadlines;
    return {
        ...deadlines,
        firstByteMs: Math.min(deadlines.firstByteMs, cap),
        idleMs: Math.min(deadlines.idleMs, cap),
        answerMs: Math.min(deadlines.answerMs, cap),
    };
}
/** Statuses worth another try: timeouts, rate limits and server errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}
const NETWORK_CODES = {
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name could not be resolved now',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    ETIMEDOUT: 'the connection timed out',
    EPIPE: 'the connection was closed',
    UND_ERR_SOCKET: 'the connection was closed',
    UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
    UND_ERR_HEADERS_TIMEOUT: 'no answer came in time',
    UND_ERR_BODY_TIMEOUT: 'the answer stalled',
};
/** A deadline passed; carried as the abort reason so it can be told from other aborts. */
class DeadlineExceeded extends Error {
    phase;
    ms;
    constructor(phase, ms) {
        super(phase === 'answer'
            ? `the answer did not finish within ${ms / 1000} s`
            : `no ${phase === 'first byte' ? 'answer' : phase === 'idle' ? 'data' : 'result'} within ${ms / 1000} s`);
        this.phase = phase;
        this.ms = ms;
        this.name = 'DeadlineExceeded';
    }
}
function causeCode(error) {
    let current = error;
    // Duck-typed: fetch's errors may come from another realm, where `instanceof Error` fails.
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        const code = current.code;
        if (typeof code === 'string' && code in NETWORK_CODES)
            return code;
        current = current.cause;
    }
    return undefined;
}
/** Where a request went, without its query string (signed URLs carry secrets there). */
function describeUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return String(url);
    }
}
/** Turns a fetch failure into a UserError with a stable code, naming the peer and the cause. */
function networkError(error, what, url) {
    if (error instanceof errors/* UserError */.yo)
        return error;
    if (error instanceof DeadlineExceeded) {
        return new errors/* UserError */.yo(`${what} did not answer: ${error.message} (${describeUrl(url)})`, {
            code: errors/* errorCodes */.fv.networkTimeout,
            cause: error,
            hint: 'check that the service is up and reachable; the call is retried a few times before this error',
        });
    }
    const code = causeCode(error);
    const message = typeof error === 'object' && error !== null && typeof error.message === 'string'
        ? error.message
        : String(error);
    const reason = code ? `${NETWORK_CODES[code]} (${code})` : message;
    return new errors/* UserError */.yo(`Cannot reach ${what} at ${describeUrl(url)}: ${reason}`, {
        code: code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' ? errors/* errorCodes */.fv.networkTimeout : errors/* errorCodes */.fv.networkUnreachable,
        cause: error,
        hint: 'check the URL, the network and that the service is running',
    });
}
/** Whether a library's failure (fetch, make-fetch-happen, undici, a socket) was a deadline passing, anywhere in its cause chain. */
function isTimeoutFailure(error) {
    let current = error;
    for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
        const e = current;
        if (current instanceof DeadlineExceeded || e.name === 'TimeoutError')
            return true;
        // An AbortSignal.timeout() reason (a DOMException) that a library re-wrapped as `new Error(String(reason))`.
        if (typeof e.message === 'string' && /^TimeoutError: /.test(e.message))
            return true;
        if (e.type === 'request-timeout' || e.type === 'body-timeout')
            return true;
        if (typeof e.code === 'string' && /^(ETIMEDOUT|ESOCKETTIMEDOUT|UND_ERR_(CONNECT|HEADERS|BODY)_TIMEOUT)$/.test(e.code))
            return true;
        current = current.cause;
    }
    return false;
}
/**
 * A library client's network failure (one that makes its own HTTP calls, given our deadline and
 * retry policy) as a UserError naming the peer: NETWORK_TIMEOUT when a deadline of `deadlineMs`
 * passed, NETWORK_UNREACHABLE when the connection failed; undefined for any other error.
 */
function libraryNetworkError(error, what, url, deadlineMs) {
    if (isTimeoutFailure(error)) {
        return new UserError(`${what} did not answer within ${deadlineMs / 1000} s (${describeUrl(url)})`, {
            code: errorCodes.networkTimeout,
            cause: error,
            hint: 'check that the service is up and reachable; the call is retried a few times before this error',
        });
    }
    return causeCode(error) === undefined ? undefined : networkError(error, what, url);
}
/** Parses a URL given by a user (a flag or an input); anything else is a usage error naming it. */
function parseUserUrl(value, field, protocols = ['http:', 'https:']) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* UserError */.yo(`${field}: '${value}' is not a URL`, {
            code: errors/* errorCodes */.fv.usage,
            hint: `give a full URL such as https://example.com`,
        });
    }
    if (!protocols.includes(url.protocol)) {
        throw new errors/* UserError */.yo(`${field}: '${value}' must use ${protocols.map((p) => p.replace(/:$/, '')).join(' or ')}`, {
            code: errors/* errorCodes */.fv.usage,
        });
    }
    return url;
}
/**
 * Wraps a body stream so that a silence longer than `idleMs` aborts the request, and so does
 * the try's answer deadline (`answer`, already running since the request went out) while the
 * body is still unread: both timers end with the body.
 */
function idleGuard(body, idleMs, answer, abort) {
    const reader = body.getReader();
    let timer;
    const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => abort(new DeadlineExceeded('idle', idleMs)), idleMs);
        timer.unref();
    };
    const stop = () => {
        clearTimeout(timer);
        clearTimeout(answer);
    };
    return new ReadableStream({
        start: arm,
        async pull(controller) {
            try {
                const { done, value } = await reader.read();
                if (done) {
                    stop();
                    controller.close();
                    return;
                }
                arm();
                controller.enqueue(value);
            }
            catch (error) {
                stop();
                controller.error(error);
            }
        },
        async cancel(reason) {
            stop();
            await reader.cancel(reason);
        },
    });
}
async function fetchOnce(url, init, body, deadlines, outer, doFetch) {
    const controller = new AbortController();
    const abort = (reason) => controller.abort(reason);
    const onOuter = () => abort(outer?.reason);
    outer?.addEventListener('abort', onOuter, { once: true });
    const firstByte = setTimeout(() => abort(new DeadlineExceeded('first byte', deadlines.firstByteMs)), deadlines.firstByteMs);
    // Unref'd: a body the caller never reads must not hold the process open until it fires.
    const answer = setTimeout(() => abort(new DeadlineExceeded('answer', deadlines.answerMs)), deadlines.answerMs);
    answer.unref();
    try {
        const response = await doFetch(url, { ...init, ...(body === undefined ? {} : { body }), signal: controller.signal });
        clearTimeout(firstByte);
        if (!response.body) {
            clearTimeout(answer);
            return response;
        }
        const guarded = idleGuard(response.body, deadlines.idleMs, answer, abort);
        const wrapped = new Response(guarded, { status: response.status, statusText: response.statusText, headers: response.headers });
        Object.defineProperty(wrapped, 'url', { value: response.url });
        return wrapped;
    }
    catch (error) {
        clearTimeout(firstByte);
        clearTimeout(answer);
        const reason = controller.signal.aborted ? controller.signal.reason : undefined;
        throw reason instanceof DeadlineExceeded ? reason : error;
    }
    finally {
        outer?.removeEventListener('abort', onOuter);
    }
}
/**
 * The one policy around every HTTP call: the deadlines (SLIPWAY_NETWORK_TIMEOUT applied), an
 * overall deadline, retries of network failures and retryable statuses with backoff and
 * `retry-after`, and the failure after the last try as a UserError naming `what` and the URL.
 */
async function withCallPolicy(url, outer, policy, attempt, drain) {
    const deadlines = capped({ ...DEFAULT_DEADLINES, ...policy.deadlines });
    const now = policy.now ?? Date.now;
    const total = deadlines.totalMs === undefined ? undefined : AbortSignal.timeout(deadlines.totalMs);
    const signal = total ? (outer ? AbortSignal.any([outer, total]) : total) : outer;
    const judge = (outcome) => {
        if (total?.aborted)
            return { retry: false };
        if ('error' in outcome) {
            if (outer?.aborted)
                return { retry: false };
            const e = outcome.error;
            if (e instanceof DeadlineExceeded ||
                causeCode(e) !== undefined ||
                /fetch failed/.test(String(e?.message))) {
                return { retry: true, reason: networkError(e, policy.what, url).message };
            }
            return { retry: false };
        }
        const response = outcome.value;
        const custom = policy.judgeResponse?.(response);
        if (custom)
            return custom;
        if (!isRetryableStatus(response.status))
            return { retry: false };
        const waitMs = parseRetryAfter(response.headers.get('retry-after'), now());
        return { retry: true, reason: `${policy.what} answered ${response.status}`, ...(waitMs === undefined ? {} : { waitMs }) };
    };
    try {
        return await withRetry(() => attempt(deadlines, signal), (outcome) => {
            const verdict = judge(outcome);
            // Drain a response that will be retried, so its connection is freed.
            if (verdict.retry && 'value' in outcome)
                drain(outcome.value);
            return verdict;
        }, policy.retry ?? DEFAULT_RETRY, policy);
    }
    catch (error) {
        if (total?.aborted && !(error instanceof errors/* UserError */.yo))
            throw networkError(new DeadlineExceeded('total', deadlines.totalMs), policy.what, url);
        throw networkError(error, policy.what, url);
    }
}
/**
 * fetch with deadlines and the suite's retry policy. Network failures, timeouts and
 * retryable statuses (408, 429, 5xx) are retried with backoff, honouring `retry-after`; the
 * last response is returned whatever its status (the caller reads 4xx its own way), and a
 * network failure after the last try is a UserError (NETWORK_TIMEOUT or NETWORK_UNREACHABLE)
 * naming `what` and the URL without its query.
 */
async function fetchWithPolicy(url, init, policy) {
    const doFetch = policy.fetch ?? fetch;
    return withCallPolicy(url, init.signal ?? undefined, policy, (deadlines, signal) => {
        const body = policy.body ? policy.body() : (init.body ?? undefined);
        return fetchOnce(url, init, body, deadlines, signal, doFetch);
    }, (response) => void response.body?.cancel().catch(() => undefined));
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * The next request of a redirect, as fetch makes it: 303 (and 301 or 302 after a POST) becomes
 * a GET without a body; the authorization header is not sent to another origin.
 */
function redirected(from, request, response) {
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null)
        return undefined;
    const url = new URL(location, from);
    const asGet = response.status === 303 || ((response.status === 301 || response.status === 302) && request.method === 'POST');
    const headers = Object.fromEntries(Object.entries(request.headers ?? {}).filter(([name]) => {
        const n = name.toLowerCase();
        if (n === 'authorization' && url.origin !== from.origin)
            return false;
        return !(asGet && (n === 'content-type' || n === 'content-length'));
    }));
    return { url, request: asGet ? { method: request.method === 'HEAD' ? 'HEAD' : 'GET', headers } : { ...request, headers } };
}
/** Response headers as `get(name)`, the way fetch's Headers reads them (repeated values joined). */
function headerReader(headers) {
    const joined = new Map();
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            joined.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
    return { get: (name) => joined.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => joined.entries() };
}
/**
 * The transport of requestWithPolicy, on node:http and node:https. It does not touch fetch,
 * Request or Response: Node builds those on its own copy of undici, which costs a step about
 * 60 ms and 16 MiB to load, for the few small calls most steps make.
 */
const nodeTransport = (url, request, deadlines, signal) => new Promise((resolve, reject) => {
    let timer;
    let settled = false;
    const settle = () => {
        if (settled)
            return false;
        settled = true;
        clearTimeout(timer);
        clearTimeout(answer);
        return true;
    };
    const fail = (error) => {
        if (!settle())
            return;
        req.destroy();
        // The abort's own reason (the total deadline) when the signal ended the request.
        reject(signal?.aborted ? (signal.reason ?? error) : error);
    };
    const arm = (phase, ms) => {
        clearTimeout(timer);
        timer = setTimeout(() => fail(new DeadlineExceeded(phase, ms)), ms);
    };
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const headers = { ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
    const send = url.protocol === 'https:' ? external_node_https_namespaceObject.request : external_node_http_.request;
    const req = send(url, { method: request.method, headers, ...(signal ? { signal } : {}) }, (res) => {
        const chunks = [];
        arm('idle', deadlines.idleMs);
        res.on('data', (chunk) => {
            chunks.push(chunk);
            arm('idle', deadlines.idleMs);
        });
        res.on('error', fail);
        res.on('end', () => {
            if (!settle())
                return;
            const status = res.statusCode ?? 0;
            resolve({
                status,
                ok: status >= 200 && status < 300,
                headers: headerReader(res.headers),
                body: Buffer.concat(chunks),
                url: url.href,
            });
        });
        res.on('close', () => {
            if (!res.complete)
                fail(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' }));
        });
    });
    arm('first byte', deadlines.firstByteMs);
    // However steadily a peer drips bytes, the whole answer must come within answerMs (settle clears it).
    const answer = setTimeout(() => fail(new DeadlineExceeded('answer', deadlines.answerMs)), deadlines.answerMs);
    req.on('error', fail);
    req.end(body);
});
/**
 * One HTTP call with a body in memory, answered in memory, under the same deadlines, retry
 * policy and errors as fetchWithPolicy; the last answer is returned whatever its status.
 */
async function requestWithPolicy(url, request, policy) {
    const transport = policy.transport ?? nodeTransport;
    const redirects = policy.redirects ?? 0;
    return withCallPolicy(url, policy.signal, policy, async (deadlines, signal) => {
        let hop = { url: new URL(url), request };
        for (let followed = 0;; followed++) {
            const response = await transport(hop.url, hop.request, deadlines, signal);
            const next = redirects > 0 ? redirected(hop.url, hop.request, response) : undefined;
            if (!next)
                return response;
            // As fetch does: a chain longer than allowed, or one that leaves HTTP, is a failure, never an answer.
            if (followed >= redirects || !['http:', 'https:'].includes(next.url.protocol)) {
                const why = followed >= redirects ? `more than ${redirects} redirects` : `a redirect to ${next.url.protocol}`;
                throw new errors/* UserError */.yo(`${policy.what} answered with ${why} (${describeUrl(hop.url)})`, {
                    code: errors/* errorCodes */.fv.networkStatus,
                    hint: 'check the URL: the service sends the call on in a loop or off HTTP',
                });
            }
            hop = next;
        }
    }, () => undefined);
}
/** Reads a response body to the end within the call's idle deadline; a stall is a NETWORK_TIMEOUT naming the peer. */
async function readBody(response, what) {
    try {
        return Buffer.from(await response.arrayBuffer());
    }
    catch (error) {
        const reason = error instanceof DeadlineExceeded
            ? error
            : error.cause instanceof DeadlineExceeded
                ? error.cause
                : error;
        throw networkError(reason, what, response.url);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/github-request.ts
// GitHub's rules for API clients, as the suite's one retry policy (requestWithPolicy) configured
// for GitHub. Every client of the GitHub REST API goes through githubRequest: the metrics
// collector (through Octokit) and the auditor's online checks.


/** How hard GitHub calls are tried: 5 tries, waits up to 5 minutes (a secondary limit's 60 s, doubled, fits twice). */
const GITHUB_RETRY = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 300_000 };
/** GitHub's guidance: a secondary limit without `retry-after` waits at least a minute. */
const SECONDARY_MIN_WAIT_MS = 60_000;
/** Whether a 403 or 429 is GitHub's rate limit, and how long it asks to wait; undefined for any other answer. */
function rateLimitVerdict(response, tries, retry, options) {
    const status = response.status;
    if (status !== 403 && status !== 429)
        return undefined;
    const h = response.headers;
    const retryAfter = parseRetryAfter(h.get('retry-after'), options.now());
    if (retryAfter !== undefined)
        return { retry: true, reason: `a secondary rate limit (${status}, retry-after)`, waitMs: retryAfter };
    const reset = Number(h.get('x-ratelimit-reset'));
    if (h.get('x-ratelimit-remaining') === '0' && Number.isFinite(reset)) {
        return { retry: true, reason: `the rate limit is used up (${status})`, waitMs: Math.max(0, reset * 1000 - options.now()) + 1000 };
    }
    if (status === 429 || /secondary rate limit|abuse detection/i.test(response.body.toString('utf8'))) {
        const waitMs = Math.max(SECONDARY_MIN_WAIT_MS * 2 ** (tries - 1), backoffDelay(tries, retry, options.random));
        return { retry: true, reason: `a secondary rate limit (${status}) without retry-after`, waitMs };
    }
    // A plain 403 (a token without access) is the caller's to read.
    return { retry: false };
}
/** One call of the GitHub REST API, answered in memory, within GitHub's rate-limit rules and a bounded budget. */
async function githubRequest(url, request, options) {
    const retry = { ...GITHUB_RETRY, ...options.retry };
    const reserve = options.reserve ?? 50;
    let tries = 0;
    const judge = (response) => {
        tries += 1;
        // The last try's answer goes back to the caller as it is (its message names the problem).
        if (tries >= retry.attempts)
            return { retry: false };
        const verdict = rateLimitVerdict(response, tries, retry, options);
        // A wait longer than the policy allows ends the tries here, so the answer reaches the caller whole.
        return verdict?.retry && (verdict.waitMs ?? 0) > retry.maxRetryAfterMs ? { retry: false } : verdict;
    };
    const response = await requestWithPolicy(url, request, {
        what: options.what,
        retry,
        sleep: options.sleep,
        now: options.now,
        redirects: options.redirects ?? 0,
        judgeResponse: judge,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.random ? { random: options.random } : {}),
        ...(options.deadlines ? { deadlines: options.deadlines } : {}),
        ...(options.transport ? { transport: options.transport } : {}),
        onRetry: ({ attempt, waitMs, reason }) => options.log?.(`GitHub API: ${reason} for ${options.what}; try ${attempt + 1} of ${retry.attempts} in ${Math.ceil(waitMs / 1000)} s`),
    });
    const left = Number(response.headers.get('x-ratelimit-remaining') ?? NaN);
    const resetAt = Number(response.headers.get('x-ratelimit-reset') ?? NaN);
    if (response.ok && Number.isFinite(left) && Number.isFinite(resetAt) && left < reserve) {
        // Near the end of the quota with the reset close: wait for it rather than spend the last
        // requests (parallel requests in flight would otherwise run into the limit).
        const waitMs = Math.max(0, resetAt * 1000 - options.now()) + 1000;
        if (waitMs <= retry.maxRetryAfterMs) {
            options.log?.(`GitHub API: ${left} requests left in the quota; waiting ${Math.ceil(waitMs / 1000)} s for its reset`);
            await options.sleep(waitMs);
        }
    }
    return response;
}

;// CONCATENATED MODULE: ./packages/core/src/console-ports.ts


/** Ports for a terminal or a non-GitHub CI: plain text, outputs and summary printed. */
function consolePorts(options = {}) {
    const write = options.write ?? ((t) => process.stderr.write(t));
    const line = (t) => write(`${t}\n`);
    const where = (a) => a?.file ? ` (${a.file}${a.startLine ? `:${a.startLine}` : ''})` : '';
    const state = new Map();
    const outputsSet = new Map();
    const masks = [];
    const hide = (t) => masks.reduce((s, m) => s.split(m).join('***'), t);
    return {
        outputsSet,
        log: {
            debug: (m) => (options.verbose ? line(hide(`debug: ${m}`)) : undefined),
            info: (m) => line(hide(m)),
            notice: (m, a) => line(hide(`notice: ${m}${where(a)}`)),
            warning: (m, a) => line(hide(`warning: ${m}${where(a)}`)),
            error: (m, a) => line(hide(`error: ${m}${where(a)}`)),
            group: async (name, fn) => {
                line(`== ${name}`);
                return fn();
            },
            mask: (s) => {
                if (s)
                    masks.push(s);
            },
        },
        outputs: {
            set: (name, value) => {
                outputsSet.set(name, String(value));
            },
        },
        summary: {
            append: (md) => {
                line(md);
                return Promise.resolve();
            },
        },
        state: { get: (n) => state.get(n) ?? '', save: (n, v) => void state.set(n, v) },
        exec: processExec((t) => write(t)),
        clock: systemClock,
        env: { exportVariable: () => undefined, addPath: () => undefined },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/percentile.ts
/**
 * The p-th percentile (0..100) of ascending values by linear interpolation between the two
 * nearest ranks (rank = p/100 * (n - 1), as numpy and spreadsheets compute it); null when empty.
 */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return null;
    const rank = (p / 100) * (sorted.length - 1);
    const lo = Math.floor(rank);
    const hi = Math.ceil(rank);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (b - a) * (rank - lo);
}
/** The median of unsorted values (the mean of the middle two for an even count); null when empty. */
function median(values) {
    return percentile(Float64Array.from(values).sort(), 50);
}

;// CONCATENATED MODULE: ./packages/core/src/outcome-records.ts

/** What every record artifact's name starts with (ci-metrics' `records-prefix` default). */
const RECORD_ARTIFACT_PREFIX = 'slipway-record';
/** The document schema the writer stamps; readers accept files without it too. */
const RECORD_SCHEMA = 'slipway/outcome-records@1';
const outcome_records_text = withDefault(string, '');
const optionalNumber = optional(number);
const recordRun = object({
    repository: outcome_records_text,
    workflow: outcome_records_text,
    job: outcome_records_text,
    runId: outcome_records_text,
    runAttempt: outcome_records_text,
    ref: outcome_records_text,
    sha: outcome_records_text,
});
/** Decodes one record; unknown fields are ignored so older readers accept richer records. */
const outcomeRecord = (v, p) => {
    const { type, run } = object({
        type: literal('cache', 'signature', 'scan', 'verification', 'reproducibility'),
        run: optional(recordRun),
    })(v, p);
    const withRun = (r) => (run === undefined ? r : { ...r, run });
    switch (type) {
        case 'cache': {
            const r = object({
                layer: string,
                hit: literal('exact', 'partial', 'miss', 'skipped', 'error'),
                key: optional(string),
                matchedKey: optional(string),
                sizeBytes: optionalNumber,
                restoreSeconds: optionalNumber,
                saved: optional(decode_boolean),
                saveSeconds: optionalNumber,
                note: optional(string),
                os: optional(string),
                arch: optional(string),
            })(v, p);
            return withRun({ type, ...r });
        }
        case 'signature': {
            const r = object({
                subject: outcome_records_text,
                signed: decode_boolean,
                kind: optional(string),
                digest: optional(string),
            })(v, p);
            return withRun({ type, ...r });
        }
        case 'scan': {
            const r = object({ subject: outcome_records_text, decision: literal('pass', 'fail'), blocking: optionalNumber })(v, p);
            return withRun({ type, ...r });
        }
        case 'verification': {
            const r = object({
                subject: outcome_records_text,
                environment: optional(string),
                verified: decode_boolean,
                digest: optional(string),
            })(v, p);
            return withRun({ type, ...r });
        }
        case 'reproducibility': {
            const r = object({
                subject: outcome_records_text,
                reproducible: decode_boolean,
                hermetic: literal('yes', 'no', 'not-isolated'),
                digest: optional(string),
                runs: optionalNumber,
            })(v, p);
            return withRun({ type, ...r });
        }
    }
};
/** A record file's JSON: one record, an array of them, or `{ "records": [...] }` (what the writer writes). */
const outcomeRecordFile = oneOf(array(outcomeRecord), map(outcomeRecord, (r) => [r]), map(object({ records: array(outcomeRecord) }), (o) => o.records));
/** The record run of the step's environment. */
function recordRunFrom(env) {
    const get = (name) => env[name] ?? '';
    return {
        repository: get('GITHUB_REPOSITORY'),
        workflow: get('GITHUB_WORKFLOW'),
        job: get('GITHUB_JOB'),
        runId: get('GITHUB_RUN_ID'),
        runAttempt: get('GITHUB_RUN_ATTEMPT'),
        ref: get('GITHUB_REF'),
        sha: get('GITHUB_SHA'),
    };
}
/** The JSON text of a record file: `{ schema, records }`, each record stamped with the run. */
function recordDocument(records, run) {
    return `${JSON.stringify({ schema: RECORD_SCHEMA, records: records.map((r) => ({ ...r, run })) }, null, 2)}\n`;
}
/**
 * A record artifact's name: `slipway-record-<action>-<job>-<unique>`. Names must be unique in a
 * run (one per step), and may not hold the characters the artifact service rejects.
 */
function recordArtifactName(action, run, unique) {
    const clean = (s) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
    return [RECORD_ARTIFACT_PREFIX, clean(action), clean(run.job || 'job'), clean(unique)].join('-');
}
/**
 * Writes an action's records as `mode` says. A failure to write or upload only warns: records
 * feed metrics and never change the step's outcome. Returns what was written, if anything.
 */
async function publishRecords(sink, mode, records, action, log) {
    if (mode === 'none' || !sink || records.length === 0)
        return undefined;
    try {
        const written = await sink.write(records, action, mode === 'artifact');
        if (written.error)
            log.warning(`${action}: the outcome records were written to ${written.path} but not uploaded: ${written.error}`);
        else if (written.artifact)
            log.info(`${action}: ${records.length} outcome record(s) uploaded as artifact ${written.artifact}`);
        return written;
    }
    catch (error) {
        log.warning(`${action}: the outcome records could not be written: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./packages/core/src/zip.ts


const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** True for the zip local-file or empty-archive signature. */
function looksLikeZip(bytes) {
    return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}
function dosDateTime(date, time) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${1980 + (date >> 9)}-${pad((date >> 5) & 0xf)}-${pad(date & 0x1f)} ${pad(time >> 11)}:${pad((time >> 5) & 0x3f)}:${pad((time & 0x1f) * 2)}`;
}
function findEocd(bytes, source) {
    const stop = Math.max(0, bytes.length - 22 - 0xffff);
    for (let at = bytes.length - 22; at >= stop; at--)
        if (bytes.readUInt32LE(at) === EOCD)
            return at;
    throw new errors/* UserError */.yo(`${source}: no zip end-of-central-directory record`);
}
function readExtra(extra) {
    const out = {};
    for (let at = 0; at + 4 <= extra.length;) {
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        const body = extra.subarray(at + 4, at + 4 + size);
        if (id === 0x5455 && body.length >= 5 && ((body[0] ?? 0) & 1) !== 0)
            out.unixMtime = body.readUInt32LE(1);
        if (id === 0x7875 && body.length >= 3) {
            const uidSize = body[1] ?? 0;
            out.uid = body.readUIntLE(2, Math.min(uidSize, 6));
            const gidSize = body[2 + uidSize] ?? 0;
            out.gid = body.readUIntLE(3 + uidSize, Math.min(gidSize, 6));
        }
        if (id === 0x0001)
            out.zip64 = body;
        at += 4 + size;
    }
    return out;
}
/** Reads a zip archive's central directory (zip64 included) in its stored order. */
function readZip(bytes, source) {
    const eocd = findEocd(bytes, source);
    let count = bytes.readUInt16LE(eocd + 10);
    let offset = bytes.readUInt32LE(eocd + 16);
    if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && bytes.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
        const record = Number(bytes.readBigUInt64LE(eocd - 20 + 8));
        count = Number(bytes.readBigUInt64LE(record + 32));
        offset = Number(bytes.readBigUInt64LE(record + 48));
    }
    const entries = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
        if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL)
            throw new errors/* UserError */.yo(`${source}: zip central directory entry ${i + 1} is broken`);
        const madeBy = bytes.readUInt16LE(at + 4) >> 8;
        const method = bytes.readUInt16LE(at + 10);
        const time = bytes.readUInt16LE(at + 12);
        const date = bytes.readUInt16LE(at + 14);
        const crc = bytes.readUInt32LE(at + 16);
        let compressed = bytes.readUInt32LE(at + 20);
        let size = bytes.readUInt32LE(at + 24);
        const nameLength = bytes.readUInt16LE(at + 28);
        const extraLength = bytes.readUInt16LE(at + 30);
        const commentLength = bytes.readUInt16LE(at + 32);
        const external = bytes.readUInt32LE(at + 38);
        let local = bytes.readUInt32LE(at + 42);
        const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
        const extra = readExtra(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
        if (extra.zip64) {
            // Only the fields set to 0xffffffff appear, in this order.
            let z = 0;
            const next = () => {
                const v = Number(extra.zip64?.readBigUInt64LE(z) ?? 0n);
                z += 8;
                return v;
            };
            if (size === 0xffffffff)
                size = next();
            if (compressed === 0xffffffff)
                compressed = next();
            if (local === 0xffffffff)
                local = next();
        }
        const localAt = local;
        const compressedSize = compressed;
        entries.push({
            name,
            dosTime: dosDateTime(date, time),
            unixMtime: extra.unixMtime,
            mode: madeBy === 3 ? (external >>> 16) & 0o7777 : undefined,
            uid: extra.uid,
            gid: extra.gid,
            method,
            crc,
            size,
            data: () => {
                if (bytes.readUInt32LE(localAt) !== LOCAL)
                    throw new errors/* UserError */.yo(`${source}: the local header of ${name} is missing`);
                const start = localAt + 30 + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28);
                const raw = bytes.subarray(start, start + compressedSize);
                if (method === 0)
                    return Buffer.from(raw);
                if (method === 8)
                    return (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(size, 1) });
                throw new errors/* UserError */.yo(`${source}: ${name} uses compression method ${method}, which this reader does not inflate`);
            },
        });
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

// EXTERNAL MODULE: ./packages/core/src/step-tiering.ts + 1 modules
var step_tiering = __nccwpck_require__(7995);
;// CONCATENATED MODULE: ./packages/core/src/index.ts

























/***/ }),

/***/ 5049:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export fixedClock */
const systemClock = { now: () => new Date() };
/** A clock fixed at one instant, for reproducible runs. */
function fixedClock(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime()))
        throw new Error(`fixedClock: not a date: ${iso}`);
    return { now: () => new Date(date) };
}


/***/ }),

/***/ 7995:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S3: () => (/* binding */ holdOptimizingCompilers)
});

// UNUSED EXPORTS: OPTIMIZE_AFTER_MS, tiersSetByUser

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./packages/core/src/step-tiering.ts

// A step is a short process: most run well under a second, and their work is small. V8's
// optimizing compilers (Maglev, then TurboFan) compile hot functions on background threads; in a
// step that ends in a few hundred milliseconds they pay nothing back and cost memory: the
// auditor's peak resident memory is about 95\u2013105 MiB with them and about 78 MiB without, at less
// CPU. So a step starts on the interpreter and the baseline compiler, and the optimizing
// compilers are allowed again once the step has run for a while, so a long run (a large audit,
// a large report) still gets optimized code. V8 reads both flags each time it decides to
// optimize a function, so turning them back on takes effect at once.
/** How long a step runs before V8's optimizing compilers may run. */
const OPTIMIZE_AFTER_MS = 1000;
const TIERING_FLAG = /^--(no-)?(jitless|opt|max-opt|maglev|turbofan|sparkplug|always-sparkplug|always-turbofan)(=|$)/;
/** Whether Node was started with a flag that sets V8's tiers itself: those are left as they are. */
function tiersSetByUser(execArgv, nodeOptions) {
    return [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((flag) => TIERING_FLAG.test(flag.replaceAll('_', '-')));
}
/**
 * Holds V8's optimizing compilers off for the first `ms` of a step; the function returned
 * allows them at once (it is also called by an unreferenced timer, which never keeps the process
 * alive). Does nothing when Node was started with a tiering flag of its own (`--jitless` among
 * them, under which turning a compiler on would be wrong).
 */
function holdOptimizingCompilers(options = {}) {
    const setFlags = options.setFlags ?? external_node_v8_namespaceObject.setFlagsFromString;
    if (tiersSetByUser(options.execArgv ?? process.execArgv, options.nodeOptions ?? process.env['NODE_OPTIONS'])) {
        return () => undefined;
    }
    setFlags('--no-maglev');
    setFlags('--no-turbofan');
    let held = true;
    const release = () => {
        if (!held)
            return;
        held = false;
        clearTimeout(timer);
        setFlags('--maglev');
        setFlags('--turbofan');
    };
    const timer = setTimeout(release, options.ms ?? OPTIMIZE_AFTER_MS);
    timer.unref();
    return release;
}


/***/ }),

/***/ 177:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  OW: () => (/* reexport */ api_client_ApiClient),
  Fo: () => (/* reexport */ collect),
  b9: () => (/* reexport */ copyStore),
  Sj: () => (/* reexport */ dashboardHtml),
  a7: () => (/* reexport */ githubFetch),
  u0: () => (/* reexport */ importHistory),
  dg: () => (/* reexport */ isTransient),
  FB: () => (/* reexport */ loadHistory),
  kk: () => (/* reexport */ octokitApi),
  oC: () => (/* reexport */ openPostgres),
  X6: () => (/* reexport */ openRegressionIssue),
  Lf: () => (/* reexport */ openSqlite),
  ai: () => (/* reexport */ reportFromStore),
  eH: () => (/* reexport */ summaryMarkdown)
});

// UNUSED EXPORTS: ApiUnavailable, GITHUB_RETRY, HistoryStore, METRIC, MIGRATIONS, REPOSITORY_NAME, RateLimitExhausted, SCHEMA_VERSION, SEARCH_CAP, SECONDARY_MIN_WAIT_MS, SecondaryRateLimited, SqliteDriver, backupPath, barChart, budgetRegressions, buildReport, cacheFigures, checkCounts, collectMany, criticalPath, distribution, doraFigures, emptyHistory, historyCounts, historyDecoder, isProduction, lineChart, listOrgRepositories, mapLimit, mergeHistories, migrate, minutes, nextLink, niceTicks, openMetricsText, openStore, orgDashboardHtml, orgReportFromStore, percent, percentile, percentileRegressions, ratio, recordsFromArchive, recountDaily, reproducibilityFigures, runQueueSeconds, runSeconds, safeUrl, saveHistory, scanFigures, serializeHistory, signatureFigures, successRate, toIso, toSeconds, trendMermaid, windowOf, workflowFigures

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 18 modules
var src = __nccwpck_require__(4437);
;// CONCATENATED MODULE: ./packages/metrics/src/outcome-records.ts

/**
 * What the history keeps of a record the actions wrote: the fields the figures count. A cache
 * layer that was not looked up (`skipped`, `error`) has no hit or miss to count and is dropped.
 */
function toOutcome(r) {
    switch (r.type) {
        case 'cache':
            return r.hit === 'exact' || r.hit === 'partial' || r.hit === 'miss' ? { type: 'cache', layer: r.layer, hit: r.hit } : undefined;
        case 'signature':
            return { type: 'signature', subject: r.subject, signed: r.signed };
        case 'scan':
            return { type: 'scan', subject: r.subject, decision: r.decision };
        case 'verification':
            return r.environment === undefined
                ? { type: 'verification', subject: r.subject, verified: r.verified }
                : { type: 'verification', subject: r.subject, environment: r.environment, verified: r.verified };
        case 'reproducibility':
            return { type: 'reproducibility', subject: r.subject, reproducible: r.reproducible, hermetic: r.hermetic };
    }
}
/** A record file is a few kilobytes; a larger one in an artifact is not read. */
const RECORD_FILE_LIMIT = 16 * 1024 * 1024;
/**
 * Reads the outcome records in a record artifact's zip: every `.json` file in it. A file
 * that is not a record is reported and skipped, so one bad file does not hide the rest.
 */
function recordsFromArchive(bytes, artifactName) {
    const out = { records: [], problems: [] };
    let entries;
    try {
        entries = (0,src/* readZip */.ue)(bytes, `artifact ${artifactName}`);
    }
    catch (error) {
        out.problems.push((0,src/* errorMessage */.gJ)(error));
        return out;
    }
    for (const entry of entries) {
        if (!entry.name.endsWith('.json'))
            continue;
        const where = `artifact ${artifactName}, ${entry.name}`;
        try {
            if (entry.size > RECORD_FILE_LIMIT)
                throw new Error(`${where} is ${entry.size} bytes, over the ${RECORD_FILE_LIMIT}-byte limit of a record file`);
            // The one record format, decoded by the same code the actions write it with (@slipway/core).
            for (const r of (0,src/* decodeDocument */.w8)(src/* outcomeRecordFile */.AZ, (0,src/* parseJson */.qF)(entry.data().toString('utf8'), where), where)) {
                const outcome = toOutcome(r);
                if (outcome)
                    out.records.push(outcome);
            }
        }
        catch (error) {
            out.problems.push((0,src/* errorMessage */.gJ)(error));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/metrics/src/history-codec.ts


// Typed decoders for the history file: a file edited by hand or cut short fails with the
// field at fault instead of producing figures from garbage.
const history_codec_int = (v, p) => {
    const n = src/* decode.number */.D4.number(v, p);
    if (!Number.isInteger(n))
        throw new src/* decode.DecodeError */.D4.DecodeError(p, 'a whole number', v);
    return n;
};
// Times are Unix seconds; fractions are kept (local runs take well under a second per stage).
const time = src/* decode.number */.D4.number;
const step = src/* decode.object */.D4.object({ name: src/* decode.string */.D4.string, conclusion: src/* decode.string */.D4.string, seconds: src/* decode.number */.D4.number });
const checkedJob = src/* decode.object */.D4.object({
    id: history_codec_int,
    name: src/* decode.string */.D4.string,
    attempt: history_codec_int,
    conclusion: src/* decode.string */.D4.string,
    createdAt: src/* decode.optional */.D4.optional(time),
    startedAt: time,
    completedAt: time,
    steps: src/* decode.array */.D4.array(step),
});
// The history keeps what toOutcome keeps of a record, so it is read with the records' own decoder.
const storedOutcome = (v, p) => {
    const kept = toOutcome((0,src/* outcomeRecord */.eR)(v, p));
    if (!kept)
        throw new src/* decode.DecodeError */.D4.DecodeError(p, 'a cache lookup with hit exact, partial or miss', v);
    return kept;
};
const checkedRun = src/* decode.object */.D4.object({
    id: history_codec_int,
    workflow: src/* decode.string */.D4.string,
    event: src/* decode.string */.D4.string,
    branch: src/* decode.string */.D4.string,
    sha: src/* decode.string */.D4.string,
    attempt: history_codec_int,
    conclusion: src/* decode.string */.D4.string,
    createdAt: time,
    startedAt: time,
    completedAt: time,
    jobs: src/* decode.array */.D4.array(checkedJob),
    artifacts: history_codec_int,
    outcomes: src/* decode.array */.D4.array(storedOutcome),
});
// A history holds millions of steps: the generic decoders build a field path for every value,
// which dominates loading. These fast paths check the same types without paths and fall back to
// the checked decoders (which name the field at fault) only when something is wrong.
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
const isInt = (v) => typeof v === 'number' && Number.isInteger(v);
function fastJob(v) {
    if (!isObject(v) || !isInt(v['id']) || typeof v['name'] !== 'string' || !isInt(v['attempt']) || typeof v['conclusion'] !== 'string')
        return undefined;
    if (!isNum(v['startedAt']) ||
        !isNum(v['completedAt']) ||
        !(v['createdAt'] === undefined || v['createdAt'] === null || isNum(v['createdAt'])))
        return undefined;
    const raw = v['steps'];
    if (!Array.isArray(raw))
        return undefined;
    const steps = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
        const s = raw[i];
        if (!isObject(s) || typeof s['name'] !== 'string' || typeof s['conclusion'] !== 'string' || !isNum(s['seconds']))
            return undefined;
        steps[i] = { name: s['name'], conclusion: s['conclusion'], seconds: s['seconds'] };
    }
    const out = {
        id: v['id'],
        name: v['name'],
        attempt: v['attempt'],
        conclusion: v['conclusion'],
        startedAt: v['startedAt'],
        completedAt: v['completedAt'],
        steps,
    };
    if (isNum(v['createdAt']))
        out.createdAt = v['createdAt'];
    return out;
}
const run = (v, p) => {
    if (isObject(v) && Array.isArray(v['jobs']) && isInt(v['id']) && typeof v['workflow'] === 'string' && typeof v['event'] === 'string') {
        const rawJobs = v['jobs'];
        const jobs = [];
        for (const j of rawJobs) {
            const decoded = fastJob(j);
            if (!decoded)
                return checkedRun(v, p);
            jobs.push(decoded);
        }
        const rest = checkedRun({ ...v, jobs: [] }, p);
        return { ...rest, jobs };
    }
    return checkedRun(v, p);
};
const deployment = src/* decode.object */.D4.object({
    id: history_codec_int,
    environment: src/* decode.string */.D4.string,
    production: src/* decode.boolean */.D4.boolean,
    sha: src/* decode.string */.D4.string,
    ref: src/* decode.string */.D4.string,
    createdAt: time,
    state: src/* decode.literal */.D4.literal('success', 'failure', 'error', 'pending'),
    finishedAt: src/* decode.optional */.D4.optional(time),
    commits: src/* decode.array */.D4.array(src/* decode.object */.D4.object({ sha: src/* decode.string */.D4.string, at: time })),
});
/** The history file format, version 1. */
const historyDecoder = src/* decode.object */.D4.object({
    version: src/* decode.map */.D4.map(history_codec_int, (v, p) => {
        if (v !== 1)
            throw new src/* decode.DecodeError */.D4.DecodeError(p, 'version 1 (this release reads no other)', v);
        return 1;
    }),
    repository: src/* decode.string */.D4.string,
    defaultBranch: src/* decode.string */.D4.string,
    updatedAt: time,
    cursor: src/* decode.object */.D4.object({ runsFrom: src/* decode.optional */.D4.optional(history_codec_int), deploymentsFrom: src/* decode.optional */.D4.optional(history_codec_int) }),
    runs: src/* decode.array */.D4.array(run),
    deployments: src/* decode.array */.D4.array(deployment),
});

;// CONCATENATED MODULE: ./packages/metrics/src/model.ts
/**
 * The history a collector keeps: one record per workflow run (with its jobs, steps and the
 * outcome records its artifacts carried) and one per deployment. Times are Unix seconds,
 * which keeps a year of history small and the figures cheap to compute.
 */
/** An empty history for a repository. */
function emptyHistory(repository, defaultBranch = 'main') {
    return { version: 1, repository, defaultBranch, updatedAt: 0, cursor: {}, runs: [], deployments: [] };
}
/** ISO 8601 (or anything Date parses) to Unix seconds; NaN stays NaN for the caller to reject. */
function toSeconds(iso) {
    return Math.round(Date.parse(iso) / 1000);
}
/** Unix seconds to an ISO 8601 UTC instant without milliseconds, as GitHub writes them. */
function toIso(seconds) {
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./packages/metrics/src/history-file.ts






/** The copy of the last good history kept beside the file. */
const backupPath = (path) => `${path}.bak`;
async function readIfExists(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new src/* UserError */.yo(`Cannot read the metrics history ${path}: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    }
}
function parseHistory(text, path) {
    return (0,src/* decodeDocument */.w8)(historyDecoder, (0,src/* parseJson */.qF)(text, path), path);
}
/**
 * Reads a history file. A missing file starts a new history; a corrupt one falls back to
 * the previous good copy (`.bak`) and says so; with no good copy it is an error, because
 * starting afresh would later overwrite the history that is still recoverable by hand.
 * With `repository`, a history of another repository is an error.
 */
async function loadHistory(path, repository) {
    const text = await readIfExists(path);
    let loaded;
    if (text === undefined) {
        loaded = { history: emptyHistory(repository ?? ''), source: 'new' };
    }
    else {
        try {
            loaded = { history: parseHistory(text, path), source: 'file' };
        }
        catch (error) {
            const problem = (0,src/* errorMessage */.gJ)(error);
            const backup = await readIfExists(backupPath(path));
            let history;
            try {
                history = backup === undefined ? undefined : parseHistory(backup, backupPath(path));
            }
            catch {
                history = undefined;
            }
            if (!history) {
                throw new src/* UserError */.yo(`The metrics history ${path} is corrupt and there is no good previous copy: ${problem}`, {
                    hint: `nothing was changed; repair the file, restore it from its branch or cache, or move it away to start a new history`,
                });
            }
            loaded = { history, source: 'backup', problem };
        }
    }
    if (repository !== undefined && loaded.history.repository !== repository && loaded.source !== 'new') {
        throw new src/* UserError */.yo(`The metrics history ${path} belongs to ${loaded.history.repository}, not ${repository}`, {
            hint: 'use one history file per repository (pass another --data / data-file)',
        });
    }
    return loaded;
}
async function runCountOnDisk(path) {
    const text = await readIfExists(path);
    if (text === undefined)
        return undefined;
    try {
        return parseHistory(text, path).runs.length;
    }
    catch {
        return undefined;
    }
}
/**
 * Writes a history atomically (a temporary file renamed over the old one) and keeps the old
 * good file as `.bak`; a corrupt old file is set aside as `.corrupt-<time>` rather than lost.
 * Refuses to replace a readable history with one that holds fewer runs.
 */
async function saveHistory(path, history) {
    await mkdir(dirname(path), { recursive: true });
    const existingRuns = await runCountOnDisk(path);
    if (existingRuns !== undefined && history.runs.length < existingRuns) {
        throw new UserError(`Refusing to overwrite the metrics history ${path}: it holds ${existingRuns} runs and the new one only ${history.runs.length}`, { hint: 'the file on disk was kept; load it before collecting so new runs are added to it' });
    }
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        const handle = await open(temp, 'w');
        try {
            await handle.writeFile(serializeHistory(history));
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        // The backup only ever moves forward: a smaller history put in place of the file (by hand,
        // or a restore of an older cache) never replaces a larger good backup.
        const backupRuns = await runCountOnDisk(backupPath(path));
        if (existingRuns !== undefined && (backupRuns === undefined || existingRuns >= backupRuns))
            await copyFile(path, backupPath(path));
        else if ((await readIfExists(path)) !== undefined)
            await rename(path, `${path}.corrupt-${Date.now()}`);
        await rename(temp, path);
    }
    catch (error) {
        await rm(temp, { force: true });
        if (error instanceof UserError)
            throw error;
        throw new UserError(`Cannot write the metrics history ${path}: ${errorMessage(error)}`, { cause: error });
    }
}
/** The file's text: one run or deployment per line, so a diff of the data branch stays readable. */
function serializeHistory(history) {
    const { runs, deployments, ...head } = history;
    const lines = (items) => items.length === 0 ? '[]' : `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]`;
    const headText = JSON.stringify(head).slice(0, -1);
    return `${headText},\n"runs": ${lines(runs)},\n"deployments": ${lines(deployments)}\n}\n`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/github-port.ts

function headersOf(raw) {
    const out = {};
    if (typeof raw === 'object' && raw !== null) {
        for (const [k, v] of Object.entries(raw))
            out[k.toLowerCase()] = v === undefined || v === null ? undefined : String(v);
    }
    return out;
}
function normalize(response) {
    return { status: response.status, headers: headersOf(response.headers), data: response.data };
}
/** The UserError (a network failure named by core's fetch policy) somewhere in an error's causes. */
function userErrorIn(error) {
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        if (current instanceof src/* UserError */.yo)
            return current;
        current = current.cause;
    }
    return undefined;
}
/**
 * Octokit's RequestError carries the response. One without a response is a connection failure
 * that Octokit labels 500: it is rethrown as the network error it is, never read as "500".
 */
function fromError(error) {
    const network = userErrorIn(error);
    if (network)
        throw network;
    const hasResponse = typeof error === 'object' && error !== null && 'response' in error && error.response !== undefined;
    if (!hasResponse) {
        const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : error;
        const url = error?.request?.url;
        throw (0,src/* networkError */.x6)(cause ?? error, 'the GitHub API', typeof url === 'string' ? url : 'the API URL');
    }
    if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' && error.status > 0) {
        const response = 'response' in error && typeof error.response === 'object' && error.response !== null ? error.response : {};
        const headers = 'headers' in response ? response.headers : {};
        const data = 'data' in response ? response.data : undefined;
        return { status: error.status, headers: headersOf(headers), data };
    }
    throw error instanceof Error ? error : new Error(JSON.stringify(error));
}
/** Adapts Octokit's `request` (from `@actions/github`'s `getOctokit` or `@octokit/core`) to the port. */
function octokitApi(request) {
    return {
        get: async (pathOrUrl) => {
            try {
                return normalize(await request('GET {+url}', { url: pathOrUrl }));
            }
            catch (error) {
                return fromError(error);
            }
        },
        post: async (path, body) => {
            try {
                return normalize(await request('POST {+url}', { url: path, data: body }));
            }
            catch (error) {
                return fromError(error);
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/api-client.ts

/** The quota ran out and the reset is further away than the client may wait: stop and resume later. */
class RateLimitExhausted extends src/* UserError */.yo {
    constructor(resetAt) {
        super(`The GitHub API rate limit is used up until ${new Date(resetAt * 1000).toISOString()}`, {
            hint: 'what was collected so far is kept; the next collection resumes from there',
        });
        this.name = 'RateLimitExhausted';
    }
}
/** GitHub's secondary rate limit still applied after every try (this is no permissions problem). */
class SecondaryRateLimited extends src/* UserError */.yo {
    constructor(what, status) {
        super(`GitHub's secondary rate limit (${status}) still applied to ${what} after every try`, {
            hint: 'what was collected so far is kept; run again later (fewer collectors at once help)',
        });
        this.name = 'SecondaryRateLimited';
    }
}
/** The API kept failing (5xx or no connection) after every retry. */
class ApiUnavailable extends src/* UserError */.yo {
    constructor(what, detail, cause) {
        super(`The GitHub API did not answer ${what}: ${detail}`, { hint: 'what was collected so far is kept; run again to resume', cause });
        this.name = 'ApiUnavailable';
    }
}
/** Errors after which a collection keeps what it has and the next one resumes. */
const isTransient = (e) => e instanceof ApiUnavailable || e instanceof RateLimitExhausted || e instanceof SecondaryRateLimited;
function message(data) {
    return typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string' ? data.message : '';
}
/** The URL of `rel="next"` in a `Link` header. */
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
        if (m && m[2]?.split(/\s+/).includes('next'))
            return m[1];
    }
    return undefined;
}
/**
 * Reads GitHub's answers: 401/403/404 become errors that say which permission or name is
 * wrong, a rate limit is told apart from a permission, and 5xx or no connection (after the
 * retries `githubFetch` made) means the API is unavailable for now. Retrying is not done
 * here: the one retry policy sits in the fetch underneath.
 */
class api_client_ApiClient {
    api;
    options;
    requests = 0;
    constructor(api, options) {
        this.api = api;
        this.options = options;
    }
    /** GET that must succeed; `what` names the resource in errors ("the workflow runs of o/r"). */
    async get(pathOrUrl, what) {
        return this.check(await this.send(() => this.api.get(pathOrUrl), what), what);
    }
    /** GET where 404 is an answer (`undefined`), not an error. */
    async getOptional(pathOrUrl, what) {
        const response = await this.send(() => this.api.get(pathOrUrl), what);
        if (response.status === 404 || response.status === 410)
            return undefined;
        return this.check(response, what);
    }
    async post(path, body, what) {
        return this.check(await this.send(() => this.api.post(path, body), what), what);
    }
    /** Every page of a list, following `Link: rel="next"`; `items` picks the list out of a page. */
    async *pages(first, what, items) {
        let url = first;
        while (url) {
            const response = await this.get(url, what);
            yield { items: items(response.data), data: response.data };
            url = nextLink(response.headers['link']);
        }
    }
    check(response, what) {
        const { status, headers } = response;
        if (status >= 200 && status < 300)
            return response;
        const detail = message(response.data);
        if (status === 401) {
            throw new src/* UserError */.yo(`GitHub rejected the token while reading ${what} (401 ${detail || 'Bad credentials'})`, {
                hint: 'pass a valid token: the github-token input, or GITHUB_TOKEN for the CLI',
            });
        }
        if (status === 403 || status === 429) {
            if (headers['x-ratelimit-remaining'] === '0') {
                const reset = Number(headers['x-ratelimit-reset']);
                throw new RateLimitExhausted(Number.isFinite(reset) ? reset : Math.ceil(this.options.now() / 1000) + 3600);
            }
            if (status === 429 || headers['retry-after'] !== undefined || /secondary rate limit|abuse detection/i.test(detail))
                throw new SecondaryRateLimited(what, status);
            const needed = headers['x-accepted-github-permissions'];
            throw new src/* UserError */.yo(`The token may not read ${what} (403 ${detail || 'Forbidden'})`, {
                hint: needed
                    ? `grant the job these permissions: ${needed.replace(/=/g, ': ').replace(/,/g, ', ')}`
                    : 'grant the job `actions: read` and `deployments: read` (and `issues: write` to open issues)',
            });
        }
        if (status === 404) {
            throw new src/* UserError */.yo(`GitHub answered 404 Not Found for ${what}`, {
                hint: 'check the OWNER/NAME spelling; a private repository also answers 404 to a token that cannot see it',
            });
        }
        if (status >= 500)
            throw new ApiUnavailable(what, `${status}${detail ? ` ${detail}` : ''} after every retry`);
        throw new src/* UserError */.yo(`GitHub answered ${status} for ${what}${detail ? `: ${detail}` : ''}`);
    }
    async send(call, what) {
        this.requests += 1;
        try {
            return await call();
        }
        catch (error) {
            // The fetch underneath already retried; a network failure arrives as a UserError naming the peer.
            if (error instanceof src/* UserError */.yo)
                throw new ApiUnavailable(what, error.message, error);
            throw error;
        }
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: ./packages/metrics/src/github-fetch.ts



/** A request body Octokit hands its fetch: a JSON string for the few POSTs the collector makes. */
function bodyOf(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string' || Buffer.isBuffer(body))
        return body;
    if (body instanceof Uint8Array)
        return Buffer.from(body);
    throw new TypeError('the GitHub client sends only string or byte bodies');
}
/** Request headers of a fetch call as one record of strings. */
function requestHeaders(headers) {
    if (headers === undefined)
        return {};
    if (Array.isArray(headers))
        return Object.fromEntries(headers.map(([k, v]) => [k ?? '', v ?? '']));
    if (typeof headers.forEach === 'function' && typeof headers.get === 'function') {
        const out = {};
        headers.forEach((v, k) => (out[k] = v));
        return out;
    }
    return { ...headers };
}
/**
 * The answer as Octokit reads a fetch Response (status, url, headers by name and as pairs, and
 * the body as text, JSON or bytes), built over a buffered answer. Not a Response: the global one
 * would make Node load its own copy of undici (about 60 ms and 16 MiB) for every collection.
 */
function octokitAnswer(answer) {
    const bytes = answer.body;
    const like = {
        ok: answer.ok,
        status: answer.status,
        statusText: external_node_http_.STATUS_CODES[answer.status] ?? '',
        url: answer.url,
        redirected: false,
        headers: answer.headers,
        body: null,
        text: () => Promise.resolve(bytes.toString('utf8')),
        json: () => Promise.resolve(JSON.parse(bytes.toString('utf8'))),
        arrayBuffer: () => {
            // An ArrayBuffer of this realm holding a copy (a Buffer may share a larger pool).
            const copy = new ArrayBuffer(bytes.length);
            new Uint8Array(copy).set(bytes);
            return Promise.resolve(copy);
        },
    };
    return like;
}
/** A fetch for Octokit that follows GitHub's rate-limit rules within a bounded budget. */
function githubFetch(options) {
    const base = options.transport ?? src/* nodeTransport */._3;
    const counter = { requests: 0 };
    const counted = (url, request, deadlines, signal) => {
        counter.requests += 1;
        return base(url, request, deadlines, signal);
    };
    const call = async (input, init) => {
        const url = typeof input === 'string' || input instanceof URL ? input : input.url;
        const body = bodyOf(init?.body);
        // The whole answer is read within the deadlines (Octokit swallows an error while it reads a
        // body, so a stalled answer would reach its decoder as an empty text): a stall is a
        // NETWORK_TIMEOUT naming the peer. Redirects (an artifact's archive) are followed as fetch does.
        const response = await (0,src/* githubRequest */.H6)(url, { method: init?.method ?? 'GET', headers: requestHeaders(init?.headers), ...(body === undefined ? {} : { body }) }, {
            ...options,
            what: `the GitHub API (${new URL(String(url)).pathname})`,
            redirects: 5,
            transport: counted,
            ...(init?.signal ? { signal: init.signal } : {}),
        });
        return octokitAnswer(response);
    };
    Object.defineProperty(call, 'requests', { get: () => counter.requests });
    return call;
}

;// CONCATENATED MODULE: ./packages/metrics/src/api-shapes.ts

// Decoders for the parts of GitHub's REST responses the collector reads. Unknown fields are
// ignored, so new API fields never break collection; a missing field we need is an error
// that names it.
const str = src/* decode.string */.D4.string;
const optStr = src/* decode.optional */.D4.optional(src/* decode.string */.D4.string);
const id = src/* decode.number */.D4.number;
const workflowRun = src/* decode.object */.D4.object({
    id,
    name: src/* decode.withDefault */.D4.withDefault(str, ''),
    path: src/* decode.withDefault */.D4.withDefault(str, ''),
    head_branch: src/* decode.withDefault */.D4.withDefault(str, ''),
    head_sha: str,
    event: str,
    status: src/* decode.withDefault */.D4.withDefault(str, ''),
    conclusion: optStr,
    run_attempt: src/* decode.withDefault */.D4.withDefault(id, 1),
    created_at: str,
    run_started_at: optStr,
    updated_at: str,
});
const runsPage = src/* decode.object */.D4.object({ total_count: id, workflow_runs: src/* decode.array */.D4.array(workflowRun) });
const apiStep = src/* decode.object */.D4.object({
    name: str,
    status: str,
    conclusion: optStr,
    started_at: optStr,
    completed_at: optStr,
});
const apiJob = src/* decode.object */.D4.object({
    id,
    name: str,
    run_attempt: src/* decode.withDefault */.D4.withDefault(id, 1),
    status: str,
    conclusion: optStr,
    created_at: optStr,
    started_at: optStr,
    completed_at: optStr,
    steps: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(apiStep), []),
});
const jobsPage = src/* decode.object */.D4.object({ total_count: id, jobs: src/* decode.array */.D4.array(apiJob) });
const artifact = src/* decode.object */.D4.object({ id, name: str, expired: src/* decode.withDefault */.D4.withDefault(src/* decode.boolean */.D4.boolean, false) });
const artifactsPage = src/* decode.object */.D4.object({ total_count: id, artifacts: src/* decode.array */.D4.array(artifact) });
const repository = src/* decode.object */.D4.object({ full_name: str, default_branch: src/* decode.withDefault */.D4.withDefault(str, 'main') });
const api_shapes_deployment = src/* decode.object */.D4.object({
    id,
    sha: str,
    ref: src/* decode.withDefault */.D4.withDefault(str, ''),
    environment: str,
    production_environment: src/* decode.optional */.D4.optional(src/* decode.boolean */.D4.boolean),
    created_at: str,
});
const deploymentStatus = src/* decode.object */.D4.object({ id, state: str, created_at: str });
const compareCommit = src/* decode.object */.D4.object({
    sha: str,
    commit: src/* decode.object */.D4.object({
        author: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ date: optStr })),
        committer: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ date: optStr })),
    }),
});
const compare = src/* decode.object */.D4.object({ commits: src/* decode.array */.D4.array(compareCommit) });
/** Decodes with the endpoint in the error, so an unexpected API answer names where it came from. */
function api_shapes_decodeApi(decoder, data, what) {
    return (0,src/* decodeDocument */.w8)(decoder, data, `GitHub's answer for ${what}`);
}

;// CONCATENATED MODULE: ./packages/metrics/src/collect-deployments.ts




const TERMINAL = ['success', 'failure', 'error'];
const isTerminal = (s) => TERMINAL.includes(s);
/**
 * Lists deployments newest first down to `from` (seconds) and reads how each ended: the first
 * terminal status (success, failure or error) in time order; none yet means pending.
 */
async function listDeployments(client, repository, from, known) {
    const what = `the deployments of ${repository}`;
    const listed = [];
    for await (const page of client.pages(`/repos/${repository}/deployments?per_page=100`, what, (d) => api_shapes_decodeApi(src/* decode.array */.D4.array(api_shapes_deployment), d, what))) {
        listed.push(...page.items);
        if (page.items.some((d) => toSeconds(d.created_at) < from))
            break;
    }
    const out = [];
    for (const d of listed) {
        const createdAt = toSeconds(d.created_at);
        const old = known.get(d.id);
        if (old && old.state !== 'pending')
            continue;
        if (createdAt < from && !old)
            continue;
        const statusWhat = `the statuses of deployment ${d.id} in ${repository}`;
        let ending;
        for await (const page of client.pages(`/repos/${repository}/deployments/${d.id}/statuses?per_page=100`, statusWhat, (x) => api_shapes_decodeApi(src/* decode.array */.D4.array(deploymentStatus), x, statusWhat))) {
            for (const s of page.items) {
                const at = toSeconds(s.created_at);
                if (isTerminal(s.state) && (!ending || at <= ending.at))
                    ending = { state: s.state, at };
            }
        }
        out.push({
            id: d.id,
            environment: d.environment,
            production: d.production_environment ?? d.environment === 'production',
            sha: d.sha,
            ref: d.ref,
            createdAt,
            state: ending?.state ?? 'pending',
            ...(ending ? { finishedAt: ending.at } : {}),
            commits: [],
        });
    }
    return out;
}
const commitTime = (c) => toSeconds(c.commit.committer?.date ?? c.commit.author?.date ?? '');
/**
 * The commits a successful deployment shipped: those between the previous successful
 * deployment of its environment and its own sha (the compare API), or its own commit alone
 * when it is the first one known.
 */
async function shippedCommits(client, repository, deploymentRecord, previousSha) {
    if (previousSha === deploymentRecord.sha)
        return [];
    const commits = [];
    if (previousSha) {
        const what = `the commits between ${previousSha.slice(0, 12)} and ${deploymentRecord.sha.slice(0, 12)} in ${repository}`;
        const url = `/repos/${repository}/compare/${previousSha}...${deploymentRecord.sha}?per_page=100`;
        const first = await client.getOptional(url, what);
        if (first) {
            commits.push(...api_shapes_decodeApi(compare, first.data, what).commits);
            for (let next = nextLink(first.headers['link']); next;) {
                const page = await client.get(next, what);
                commits.push(...api_shapes_decodeApi(compare, page.data, what).commits);
                next = nextLink(page.headers['link']);
            }
            return commits.map((c) => ({ sha: c.sha, at: commitTime(c) })).filter((c) => Number.isFinite(c.at));
        }
    }
    const what = `commit ${deploymentRecord.sha.slice(0, 12)} in ${repository}`;
    const single = await client.getOptional(`/repos/${repository}/commits/${deploymentRecord.sha}`, what);
    if (!single)
        return [];
    const c = api_shapes_decodeApi(compareCommit, single.data, what);
    return [{ sha: c.sha, at: commitTime(c) }];
}

;// CONCATENATED MODULE: ./packages/metrics/src/collect-runs.ts



/** GitHub returns at most this many results for a filtered run list, whatever `total_count` says. */
const SEARCH_CAP = 1000;
const runsUrl = (repo, from, to) => `/repos/${repo}/actions/runs?per_page=100&exclude_pull_requests=true&created=${encodeURIComponent(`${toIso(from)}..${toIso(to)}`)}`;
/**
 * Lists the runs created in [from, to] (seconds, inclusive). A window whose total is over the
 * API's 1,000-result cap is split in halves until each half fits, oldest half first.
 */
async function listRuns(source, from, to) {
    const what = `the workflow runs of ${source.repository} created ${toIso(from)}..${toIso(to)}`;
    const out = [];
    let first = true;
    for await (const page of source.client.pages(runsUrl(source.repository, from, to), what, (d) => api_shapes_decodeApi(runsPage, d, what).workflow_runs)) {
        if (first) {
            first = false;
            const total = api_shapes_decodeApi(runsPage, page.data, what).total_count;
            if (total > SEARCH_CAP && to > from) {
                const mid = from + Math.floor((to - from) / 2);
                return [...(await listRuns(source, from, mid)), ...(await listRuns(source, mid + 1, to))];
            }
        }
        out.push(...page.items);
    }
    return out;
}
const secondsOr = (iso, fallback) => (iso ? toSeconds(iso) : fallback);
function jobRecord(job) {
    if (job.status !== 'completed' || !job.started_at)
        return undefined;
    const startedAt = toSeconds(job.started_at);
    const completedAt = secondsOr(job.completed_at, startedAt);
    const steps = job.steps
        .filter((s) => s.started_at && s.completed_at)
        .map((s) => ({
        name: s.name,
        conclusion: s.conclusion ?? s.status,
        seconds: Math.max(0, (Date.parse(s.completed_at ?? '') - Date.parse(s.started_at ?? '')) / 1000),
    }));
    const record = {
        id: job.id,
        name: job.name,
        attempt: job.run_attempt,
        conclusion: job.conclusion ?? 'unknown',
        startedAt,
        completedAt,
        steps,
    };
    if (job.created_at)
        record.createdAt = toSeconds(job.created_at);
    return record;
}
function asBuffer(data) {
    if (Buffer.isBuffer(data))
        return data;
    if (data instanceof ArrayBuffer)
        return Buffer.from(data);
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return undefined;
}
/** Fetches a completed run's jobs (every attempt), artifacts and outcome records. */
async function runDetails(source, run) {
    const repo = source.repository;
    const jobsWhat = `the jobs of run ${run.id} in ${repo}`;
    const jobs = [];
    for await (const page of source.client.pages(`/repos/${repo}/actions/runs/${run.id}/jobs?filter=all&per_page=100`, jobsWhat, (d) => api_shapes_decodeApi(jobsPage, d, jobsWhat).jobs)) {
        for (const job of page.items) {
            const record = jobRecord(job);
            if (record)
                jobs.push(record);
        }
    }
    const artifactsWhat = `the artifacts of run ${run.id} in ${repo}`;
    let artifacts = 0;
    const outcomes = [];
    for await (const page of source.client.pages(`/repos/${repo}/actions/runs/${run.id}/artifacts?per_page=100`, artifactsWhat, (d) => api_shapes_decodeApi(artifactsPage, d, artifactsWhat).artifacts)) {
        for (const artifact of page.items) {
            if (!artifact.name.startsWith(source.recordsPrefix)) {
                artifacts += 1;
                continue;
            }
            if (artifact.expired)
                continue;
            const zip = await source.client.getOptional(`/repos/${repo}/actions/artifacts/${artifact.id}/zip`, `artifact ${artifact.name} of run ${run.id}`);
            const bytes = asBuffer(zip?.data);
            if (!bytes) {
                source.problems.push(`artifact ${artifact.name} of run ${run.id}: no archive could be downloaded`);
                continue;
            }
            const read = recordsFromArchive(bytes, `${artifact.name} of run ${run.id}`);
            outcomes.push(...read.records);
            source.problems.push(...read.problems);
        }
    }
    const createdAt = toSeconds(run.created_at);
    const startedAt = secondsOr(run.run_started_at, createdAt);
    const latest = jobs.filter((j) => j.attempt === run.run_attempt);
    const completedAt = latest.length > 0 ? Math.max(...latest.map((j) => j.completedAt)) : toSeconds(run.updated_at);
    return {
        id: run.id,
        workflow: run.name || run.path,
        event: run.event,
        branch: run.head_branch,
        sha: run.head_sha,
        attempt: run.run_attempt,
        conclusion: run.conclusion ?? 'unknown',
        createdAt,
        startedAt,
        completedAt: Math.max(completedAt, startedAt),
        jobs,
        artifacts,
        outcomes,
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/collect.ts






const DAY = 86_400;
/** Pending runs older than this are given up on, so one stuck run cannot pin the cursor forever. */
const PENDING_PATIENCE = 3 * DAY;
/** Runs `fn` over `items` with at most `limit` at once; after one failure no new item starts. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    let failed = false;
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
        for (let i = next++; i < items.length && !failed; i = next++) {
            try {
                out[i] = await fn(items[i]);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    }));
    return out;
}
const REPOSITORY_NAME = /^[\w.-]+\/[\w.-]+$/;
/**
 * Adds what is new since the last collection of a repository to the store: completed
 * workflow runs (with jobs, steps and outcome records) window by window, each window with its
 * cursor in one transaction, then deployments and the commits they shipped. The cursor only
 * ever moves over what was collected: a failure part-way keeps every whole window, and a
 * `since` after the cursor collects its range but leaves the cursor where it was.
 */
async function collect(api, store, options) {
    const client = new api_client_ApiClient(api, options);
    const repo = options.repository;
    if (!REPOSITORY_NAME.test(repo))
        throw new src/* UserError */.yo(`'${repo}' is not a repository name; expected OWNER/NAME`);
    const nowMs = options.now();
    const now = Math.floor(nowMs / 1000);
    if (options.since !== undefined)
        (0,src/* assertNotFuture */.TA)(options.since * 1000, nowMs, options.sinceField ?? 'since');
    const repoInfo = api_shapes_decodeApi(repository, (await client.get(`/repos/${repo}`, `the repository ${repo}`)).data, `the repository ${repo}`);
    await store.ensureRepository(repo, repoInfo.default_branch);
    const state = await store.repository(repo);
    const source = { client, repository: repo, recordsPrefix: options.recordsPrefix ?? 'slipway-record', problems: [] };
    const result = {
        repository: repo,
        newRuns: 0,
        newRunIds: [],
        newDeployments: 0,
        requests: 0,
        complete: true,
        problems: source.problems,
    };
    const firstFrom = now - (options.firstLookbackDays ?? 90) * DAY;
    const runsCursor = state?.cursor.runsFrom;
    const depsCursor = state?.cursor.deploymentsFrom;
    const since = options.since;
    if (since !== undefined && runsCursor !== undefined && since > runsCursor) {
        result.cursorKept = `${options.sinceField ?? 'since'} ${toIso(since)} is after where the last collection stopped (${toIso(runsCursor)}): runs from ${toIso(since)} were collected, and the cursor stays at ${toIso(runsCursor)} so the runs before are collected next time`;
    }
    try {
        let from = since ?? runsCursor ?? firstFrom;
        const movesCursor = runsCursor === undefined || from <= runsCursor;
        const windowSeconds = (options.windowDays ?? 7) * DAY;
        let pendingFrom;
        while (from <= now) {
            const to = Math.min(from + windowSeconds - 1, now);
            const listed = await listRuns(source, from, to);
            const known = await store.knownRunIds(repo, from, to);
            const fresh = [];
            for (const run of listed) {
                if (known.has(run.id))
                    continue;
                if (run.status !== 'completed') {
                    const created = toSeconds(run.created_at);
                    if (now - created < PENDING_PATIENCE)
                        pendingFrom = Math.min(pendingFrom ?? created, created);
                    continue;
                }
                known.add(run.id);
                fresh.push(run);
            }
            const records = await mapLimit(fresh, options.concurrency ?? 4, (run) => runDetails(source, run));
            const cursor = Math.min(pendingFrom ?? to + 1, to + 1);
            await store.saveRuns(repo, records, { ...(movesCursor ? { runsFrom: cursor } : {}), updatedAt: now });
            result.newRuns += records.length;
            result.newRunIds.push(...records.map((r) => r.id));
            options.onWindow?.({ repository: repo, from, to, runs: records.length });
            from = to + 1;
        }
        const depFrom = since ?? depsCursor ?? firstFrom;
        result.newDeployments = await collectDeployments(client, store, repo, depFrom, now, depsCursor === undefined || depFrom <= depsCursor);
    }
    catch (error) {
        if (!(error instanceof src/* UserError */.yo))
            throw error;
        result.complete = false;
        result.error = isTransient(error) ? error : new src/* UserError */.yo((0,src/* errorMessage */.gJ)(error), { hint: error.hint, cause: error, code: error.code });
    }
    result.requests = client.requests;
    return result;
}
async function collectDeployments(client, store, repo, from, now, movesCursor) {
    const stored = await store.deployments(repo);
    const byId = new Map(stored.map((d) => [d.id, d]));
    const listed = await listDeployments(client, repo, from, byId);
    const added = listed.filter((d) => !byId.get(d.id)).length;
    for (const d of listed)
        byId.set(d.id, d);
    const all = [...byId.values()].sort((a, b) => (a.finishedAt ?? a.createdAt) - (b.finishedAt ?? b.createdAt) || a.id - b.id);
    const lastSuccess = new Map();
    const updated = new Set(listed.map((d) => d.id));
    for (const d of all) {
        if (d.state !== 'success')
            continue;
        if (updated.has(d.id))
            d.commits = await shippedCommits(client, repo, d, lastSuccess.get(d.environment)?.sha);
        lastSuccess.set(d.environment, d);
    }
    const pending = all.filter((d) => d.state === 'pending' && now - d.createdAt < PENDING_PATIENCE).map((d) => d.createdAt);
    const cursor = pending.length > 0 ? Math.min(...pending) : now;
    await store.saveDeployments(repo, listed, { ...(movesCursor ? { deploymentsFrom: cursor } : {}), updatedAt: now });
    return added;
}
const orgRepo = src/* decode.object */.D4.object({ full_name: src/* decode.string */.D4.string, archived: src/* decode.withDefault */.D4.withDefault(src/* decode.boolean */.D4.boolean, false) });
/** The repositories of an organisation (archived ones left out), by name. */
async function listOrgRepositories(api, org, options) {
    if (!/^[\w.-]+$/.test(org))
        throw new UserError(`'${org}' is not an organisation name`);
    const client = new ApiClient(api, options);
    const what = `the repositories of ${org}`;
    const names = [];
    for await (const page of client.pages(`/orgs/${org}/repos?per_page=100&type=all`, what, (d) => decodeApi(decode.array(orgRepo), d, what)))
        for (const r of page.items)
            if (!r.archived)
                names.push(r.full_name);
    return names.sort();
}
/**
 * Collects many repositories into one store, `parallel` at a time (default 4). Each repository
 * resumes from its own cursor; one that fails is reported and the others go on.
 */
async function collectMany(api, store, repositories, options) {
    const results = [];
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(Math.max(1, options.parallel ?? 4), repositories.length) }, async () => {
        for (let i = next++; i < repositories.length; i = next++) {
            const repository = repositories[i];
            let r;
            try {
                r = await collect(api, store, { ...options, repository });
            }
            catch (error) {
                if (!(error instanceof UserError))
                    throw error;
                r = { repository, newRuns: 0, newRunIds: [], newDeployments: 0, requests: 0, complete: false, error, problems: [] };
            }
            results[i] = r;
            options.onRepository?.(r);
        }
    }));
    return results;
}

;// CONCATENATED MODULE: ./packages/metrics/src/critical-path.ts
// The API does not say which job needed which, so the path is read from the timing: walking
// back from the job that finished last, each job's predecessor is the one that finished
// latest at or before it started (a `needs:` edge always looks like that). Slack of a few
// seconds covers the runner's scheduling delay.
const SLACK = 5;
/** The chain of jobs that set a run's duration, first job first. */
function critical_path_criticalPath(jobs) {
    const done = jobs.filter((j) => j.completedAt >= j.startedAt);
    if (done.length === 0)
        return [];
    let current = done.reduce((a, b) => (b.completedAt > a.completedAt ? b : a));
    const path = [];
    const seen = new Set();
    for (;;) {
        path.push({ name: current.name, seconds: current.completedAt - current.startedAt });
        seen.add(current);
        const start = current.startedAt;
        let before;
        for (const j of done) {
            if (seen.has(j) || j.completedAt > start + SLACK || j.completedAt <= j.startedAt)
                continue;
            if (!before || j.completedAt > before.completedAt)
                before = j;
        }
        if (!before)
            break;
        current = before;
    }
    return path.reverse();
}

;// CONCATENATED MODULE: ./packages/metrics/src/percentiles.ts


/** p50, p95, mean and max of unsorted values. */
function percentiles_distribution(values) {
    if (values.length === 0)
        return { count: 0, p50: null, p95: null, mean: null, max: null };
    const sorted = Float64Array.from(values).sort();
    let sum = 0;
    for (const v of sorted)
        sum += v;
    return {
        count: sorted.length,
        p50: (0,src/* percentile */.Ym)(sorted, 50),
        p95: (0,src/* percentile */.Ym)(sorted, 95),
        mean: sum / sorted.length,
        max: sorted[sorted.length - 1] ?? null,
    };
}
/** A share in [0, 1], or null when nothing was counted. */
function percentiles_ratio(part, whole) {
    return whole === 0 ? null : part / whole;
}
/** The distribution of values given as counts per distinct value, equal to `distribution` of the values themselves. */
function percentiles_distributionOfCounts(counts) {
    const values = [...counts.entries()].filter(([, c]) => c > 0).sort((a, b) => a[0] - b[0]);
    let n = 0;
    let sum = 0;
    for (const [v, c] of values) {
        n += c;
        sum += v * c;
    }
    if (n === 0)
        return { count: 0, p50: null, p95: null, mean: null, max: null };
    const at = (rank) => {
        let upto = 0;
        for (const [v, c] of values) {
            upto += c;
            if (upto > rank)
                return v;
        }
        return values[values.length - 1]?.[0] ?? 0;
    };
    const pct = (p) => {
        const rank = (p / 100) * (n - 1);
        const lo = at(Math.floor(rank));
        return lo + (at(Math.ceil(rank)) - lo) * (rank - Math.floor(rank));
    };
    return { count: n, p50: pct(50), p95: pct(95), mean: sum / n, max: values[values.length - 1]?.[0] ?? null };
}
/** Adds the counts of `from` into `into`. */
function percentiles_addCounts(into, from) {
    for (const [v, c] of from)
        into.set(v, (into.get(v) ?? 0) + c);
    return into;
}

;// CONCATENATED MODULE: ./packages/metrics/src/run-figures.ts


// Run outcomes that say nothing about the pipeline's health are left out of success rates.
const IGNORED = new Set(['cancelled', 'skipped', 'neutral', 'stale']);
/** A run's duration: from the start of its latest attempt to its last job's end (seconds). */
const run_figures_runSeconds = (r) => r.completedAt - r.startedAt;
/** Jobs of the run's latest attempt. */
const latestJobs = (r) => r.jobs.filter((j) => j.attempt === r.attempt);
/** A run's queue time: from the start of its latest attempt to its first job's start (seconds). */
function run_figures_runQueueSeconds(r) {
    let first = Infinity;
    for (const j of r.jobs)
        if (j.attempt === r.attempt && j.startedAt < first)
            first = j.startedAt;
    return Number.isFinite(first) ? Math.max(0, first - r.startedAt) : undefined;
}
/** Success rate of run or job conclusions, cancelled and skipped left out. */
function run_figures_successRate(conclusions) {
    let counted = 0;
    let ok = 0;
    for (const c of conclusions) {
        if (IGNORED.has(c))
            continue;
        counted += 1;
        if (c === 'success')
            ok += 1;
    }
    return ratio(ok, counted);
}
function jobFigures(runs, successfulPaths, pathRuns) {
    const byName = new Map();
    for (const run of runs) {
        const outcomes = new Map();
        for (const job of run.jobs) {
            let entry = byName.get(job.name);
            if (!entry)
                byName.set(job.name, (entry = { jobs: [], flaky: 0 }));
            entry.jobs.push(job);
            const seen = outcomes.get(job.name) ?? new Set();
            seen.add(job.conclusion);
            outcomes.set(job.name, seen);
        }
        for (const [name, seen] of outcomes)
            if (seen.has('failure') && seen.has('success'))
                byName.get(name).flaky += 1;
    }
    return [...byName.entries()]
        .map(([name, { jobs, flaky }]) => ({
        name,
        count: jobs.length,
        duration: distribution(jobs.filter((j) => j.conclusion === 'success').map((j) => j.completedAt - j.startedAt)),
        queue: distribution(jobs.flatMap((j) => (j.createdAt === undefined ? [] : [Math.max(0, j.startedAt - j.createdAt)]))),
        successRate: run_figures_successRate(jobs.map((j) => j.conclusion)),
        flaky,
        onCriticalPath: ratio(successfulPaths.get(name) ?? 0, pathRuns),
    }))
        .sort((a, b) => (b.duration.p50 ?? -1) - (a.duration.p50 ?? -1) || a.name.localeCompare(b.name));
}
/** Slowest p50 first; equal ones by job, then step name (so both engines cut the list at the same step). */
function bySlowestStep(a, b) {
    return (b.duration.p50 ?? 0) - (a.duration.p50 ?? 0) || a.job.localeCompare(b.job) || a.step.localeCompare(b.step);
}
function stepFigures(runs, limit) {
    const bySteps = new Map();
    for (const run of runs) {
        for (const job of run.jobs) {
            if (job.conclusion !== 'success')
                continue;
            for (const s of job.steps) {
                const key = `${job.name}\u0000${s.name}`;
                let e = bySteps.get(key);
                if (!e)
                    bySteps.set(key, (e = { job: job.name, step: s.name, seconds: [] }));
                e.seconds.push(s.seconds);
            }
        }
    }
    return [...bySteps.values()]
        .map((e) => ({ job: e.job, step: e.step, count: e.seconds.length, duration: distribution(e.seconds) }))
        .sort(bySlowestStep)
        .slice(0, limit);
}
const dayOf = (seconds) => new Date(seconds * 1000).toISOString().slice(0, 10);
/** One row per UTC day from `from` to `to`, days without runs included (gaps show in the trend). */
function run_figures_dailyFigures(runs, from, to) {
    const byDay = new Map();
    for (const r of runs) {
        const d = dayOf(r.createdAt);
        const list = byDay.get(d);
        if (list)
            list.push(r);
        else
            byDay.set(d, [r]);
    }
    const out = [];
    for (let t = Math.floor(from / 86_400) * 86_400; t <= to; t += 86_400) {
        const day = dayOf(t);
        const list = byDay.get(day) ?? [];
        const d = distribution(list.filter((r) => r.conclusion === 'success').map(run_figures_runSeconds));
        out.push({ day, runs: list.length, p50: d.p50, p95: d.p95, successRate: run_figures_successRate(list.map((r) => r.conclusion)) });
    }
    return out;
}
/** The figures of one workflow's runs in a window. */
function run_figures_workflowFigures(workflow, runs, from, to) {
    const successful = runs.filter((r) => r.conclusion === 'success');
    const onPath = new Map();
    let latest = null;
    let latestAt = -Infinity;
    for (const run of successful) {
        const path = criticalPath(latestJobs(run));
        for (const name of new Set(path.map((p) => p.name)))
            onPath.set(name, (onPath.get(name) ?? 0) + 1);
        if (run.createdAt > latestAt && path.length > 0) {
            latestAt = run.createdAt;
            latest = { runId: run.id, seconds: run_figures_runSeconds(run), jobs: path };
        }
    }
    const queues = runs.flatMap((r) => {
        const q = run_figures_runQueueSeconds(r);
        return q === undefined || r.conclusion === 'cancelled' ? [] : [q];
    });
    return {
        workflow,
        runs: runs.length,
        successes: successful.length,
        failures: runs.filter((r) => !IGNORED.has(r.conclusion) && r.conclusion !== 'success').length,
        cancelled: runs.filter((r) => r.conclusion === 'cancelled').length,
        retried: runs.filter((r) => r.attempt > 1).length,
        successRate: run_figures_successRate(runs.map((r) => r.conclusion)),
        duration: distribution(successful.map(run_figures_runSeconds)),
        queue: distribution(queues),
        jobs: jobFigures(runs, onPath, successful.length),
        slowestSteps: stepFigures(runs, 10),
        criticalPath: latest,
        daily: run_figures_dailyFigures(runs, from, to),
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/day-buckets.ts
// Figures kept per UTC day at write time (the `*_daily` tables): a window's whole days are read
// from the day rows, and only its partial days from the rows they summarise, so a report reads
// as many rows as the window has days and distinct values, not as many as it has runs. The
// split is exact: day d holds exactly the times t with d * 86,400 <= t < (d + 1) * 86,400.
const day_buckets_DAY = 86_400;
/** The UTC day number of a time in seconds, exactly (no rounding at the day's edge). */
function day_buckets_dayOf(t) {
    let d = Math.floor(t / day_buckets_DAY);
    if (d * day_buckets_DAY > t)
        d -= 1;
    else if ((d + 1) * day_buckets_DAY <= t)
        d += 1;
    return d;
}
/** `dayOf` in the SQL both SQLite and PostgreSQL accept. */
function daySql(expr) {
    const d = `CAST(floor(${expr} / ${day_buckets_DAY}) AS BIGINT)`;
    return `(${d} - CASE WHEN ${d} * ${day_buckets_DAY} > ${expr} THEN 1 ELSE 0 END + CASE WHEN (${d} + 1) * ${day_buckets_DAY} <= ${expr} THEN 1 ELSE 0 END)`;
}
/** Splits the periods between ascending `bounds` into whole days and the times around them. */
function planDays(bounds) {
    const plan = { days: [], edges: [] };
    for (let seg = 0; seg + 1 < bounds.length; seg++) {
        const from = bounds[seg];
        const to = bounds[seg + 1];
        const closed = seg + 2 === bounds.length;
        if (to < from)
            continue;
        let fromDay = day_buckets_dayOf(from);
        if (fromDay * day_buckets_DAY < from)
            fromDay += 1;
        // Days before dayOf(to) end at or before `to`; the day holding `to` is partial.
        const toDay = day_buckets_dayOf(to);
        if (fromDay >= toDay) {
            plan.edges.push({ seg, from, to, closed });
            continue;
        }
        plan.days.push({ seg, fromDay, toDay });
        if (from < fromDay * day_buckets_DAY)
            plan.edges.push({ seg, from, to: fromDay * day_buckets_DAY, closed: false });
        plan.edges.push({ seg, from: toDay * day_buckets_DAY, to, closed });
    }
    return plan;
}
/** A period number of a day row (`CASE ... END`, NULL outside the whole days) and the filter of the rows to read. */
function daySegments(plan, column = 'day') {
    if (plan.days.length === 0)
        return { seg: 'NULL', segParams: [], where: '1 = 0', whereParams: [] };
    const seg = `CASE ${plan.days.map((d) => `WHEN ${column} >= ? AND ${column} < ? THEN ${d.seg}`).join(' ')} END`;
    const lo = Math.min(...plan.days.map((d) => d.fromDay));
    const hi = Math.max(...plan.days.map((d) => d.toDay));
    return {
        seg,
        segParams: plan.days.flatMap((d) => [d.fromDay, d.toDay]),
        where: `${column} >= ? AND ${column} < ?`,
        whereParams: [lo, hi],
    };
}
/** The condition on a detail row's time for one partial-day range, and its parameters. */
function edgeSql(edge, column) {
    return { sql: `${column} >= ? AND ${column} ${edge.closed ? '<=' : '<'} ?`, params: [edge.from, edge.to] };
}

// EXTERNAL MODULE: ./packages/metrics/src/store/sql-driver.ts
var sql_driver = __nccwpck_require__(3666);
;// CONCATENATED MODULE: ./packages/metrics/src/store/sql-figures.ts

// Building blocks of the figures in SQL: distributions (count, p50, p95, mean, max) computed by
// the database over a filtered expression, so no list of durations ever reaches JavaScript.
/** Run conclusions left out of success rates (as run-figures' IGNORED). */
const IGNORED_SQL = "('cancelled', 'skipped', 'neutral', 'stale')";
/** The select list of a distribution of `expr` where `cond` holds, its columns named `<as>_n` ... `<as>_max`. */
function distributionColumns(driver, expr, as, cond = 'TRUE') {
    const x = `CASE WHEN ${cond} THEN ${expr} END`;
    if (driver.dialect === 'postgres') {
        // One sort for both percentiles: PostgreSQL's ordered-set aggregate takes an array of fractions.
        return [
            `COUNT(${x}) AS ${as}_n`,
            `percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY ${x}) AS ${as}_pcts`,
            `AVG(${x}) AS ${as}_mean`,
            `MAX(${x}) AS ${as}_max`,
        ].join(', ');
    }
    return [
        `COUNT(${x}) AS ${as}_n`,
        `${(0,sql_driver/* pct */.Oe)(driver, x, 0.5)} AS ${as}_p50`,
        `${(0,sql_driver/* pct */.Oe)(driver, x, 0.95)} AS ${as}_p95`,
        `AVG(${x}) AS ${as}_mean`,
        `MAX(${x}) AS ${as}_max`,
    ].join(', ');
}
/**
 * The distribution of `value` per group, columns named as `distributionColumns` names them.
 * The database counts each distinct value of a group (from an index in group and value order:
 * one pass, no sort, no list of values held), or takes counts made at write time, then reads
 * the values at the two ranks core's `percentile` interpolates between from the running counts,
 * and interpolates the same way. Memory follows the distinct values, not the rows.
 */
function histogramDistribution(source, as) {
    const g = source.groups.join(', ');
    const counted = 'counts' in source
        ? source.counts
        : `SELECT ${g}, ${source.value} AS v, COUNT(*) AS c FROM ${source.from} GROUP BY ${g}, ${source.value}`;
    const rank = (p, fn) => `MIN(CASE WHEN upto > ${fn}(CAST(${p} AS DOUBLE PRECISION) * (n - 1)) THEN v END)`;
    const interpolate = (p) => {
        const r = `CAST(${p === '50' ? 0.5 : 0.95} AS DOUBLE PRECISION) * (${as}_n - 1)`;
        return `lo${p} + (hi${p} - lo${p}) * (${r} - floor(${r})) AS ${as}_p${p}`;
    };
    return `WITH h AS (${counted}),
    r AS (SELECT ${g}, v, c, SUM(c) OVER (PARTITION BY ${g} ORDER BY v ROWS UNBOUNDED PRECEDING) AS upto, SUM(c) OVER (PARTITION BY ${g}) AS n FROM h),
    k AS (SELECT ${g}, MAX(n) AS ${as}_n, ${rank(0.5, 'floor')} AS lo50, ${rank(0.5, 'ceil')} AS hi50, ${rank(0.95, 'floor')} AS lo95,
      ${rank(0.95, 'ceil')} AS hi95, CAST(SUM(v * c) AS DOUBLE PRECISION) / SUM(c) AS ${as}_mean, MAX(v) AS ${as}_max FROM r GROUP BY ${g})
    SELECT ${g}, ${as}_n, ${interpolate('50')}, ${interpolate('95')}, ${as}_mean, ${as}_max FROM k`;
}
const n = (v) => (v === null || v === undefined ? null : Number(v));
/** Reads the columns `distributionColumns` named. */
function distributionOf(row, as) {
    const count = Number(row?.[`${as}_n`] ?? 0);
    if (count === 0)
        return { count: 0, p50: null, p95: null, mean: null, max: null };
    const pcts = row?.[`${as}_pcts`];
    const [p50, p95] = Array.isArray(pcts) ? pcts.map(n) : [n(row?.[`${as}_p50`]), n(row?.[`${as}_p95`])];
    return { count, p50: p50 ?? null, p95: p95 ?? null, mean: n(row?.[`${as}_mean`]), max: n(row?.[`${as}_max`]) };
}
/** Success-rate columns over `conclusion`: `<as>_ok` successes of `<as>_counted` (cancelled and skipped left out). */
function successColumns(column, as) {
    return `SUM(CASE WHEN ${column} = 'success' THEN 1 ELSE 0 END) AS ${as}_ok, SUM(CASE WHEN ${column} NOT IN ${IGNORED_SQL} THEN 1 ELSE 0 END) AS ${as}_counted`;
}
/** The success rate the columns of `successColumns` give. */
function successOf(row, as) {
    const counted = Number(row?.[`${as}_counted`] ?? 0);
    return counted === 0 ? null : Number(row?.[`${as}_ok`] ?? 0) / counted;
}
/** A `repository IN (?, ?, ...)` filter and its parameters. */
function inList(column, values) {
    return { sql: `${column} IN (${values.map(() => '?').join(', ')})`, params: [...values] };
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/daily-counts.ts



/** Step durations of successful jobs, per step, duration and day (the slowest-steps figures). */
const STEP_SECONDS_DAILY = {
    table: 'step_seconds_daily',
    keys: ['repository', 'workflow', 'job_name', 'name', 'seconds', 'day'],
    counters: ['n'],
    alias: 's',
    time: 's.run_created_at',
    select: (filter) => `SELECT repository, workflow, job_name, name, seconds, day, COUNT(*) AS n FROM (
      SELECT s.repository, s.workflow, s.job_name, s.name, s.seconds, ${daySql('s.run_created_at')} AS day FROM steps s WHERE s.job_ok = 1 AND ${filter}
    ) x GROUP BY repository, workflow, job_name, name, seconds, day`,
};
/**
 * Runs per workflow, branch and day: all, successful, counted in success rates, and the builds
 * signature coverage counts (successful, not a pull request, with artifacts or signature
 * records) and those of them whose every signature record is signed.
 */
const daily_counts_RUN_COUNTS_DAILY = {
    table: 'run_counts_daily',
    keys: ['repository', 'workflow', 'branch', 'day'],
    counters: ['runs', 'ok', 'counted', 'builds', 'signed'],
    alias: 'r',
    time: 'r.created_at',
    // The signature records of a run are looked up by outcomes_by_run (schema v4).
    select: (filter) => `SELECT repository, workflow, branch, day, COUNT(*) AS runs, SUM(ok) AS ok, SUM(counted) AS counted, SUM(build) AS builds,
      SUM(CASE WHEN build = 1 AND sig_n > 0 AND sig_unsigned = 0 THEN 1 ELSE 0 END) AS signed FROM (
      SELECT repository, workflow, branch, day, sig_n, sig_unsigned,
        CASE WHEN conclusion = 'success' THEN 1 ELSE 0 END AS ok,
        CASE WHEN conclusion NOT IN ${IGNORED_SQL} THEN 1 ELSE 0 END AS counted,
        CASE WHEN conclusion = 'success' AND event <> 'pull_request' AND (artifacts > 0 OR sig_n > 0) THEN 1 ELSE 0 END AS build
      FROM (
        SELECT r.repository, r.workflow, r.branch, ${daySql('r.created_at')} AS day, r.conclusion, r.event, r.artifacts,
          (SELECT COUNT(*) FROM outcomes o WHERE o.repository = r.repository AND o.run_id = r.run_id AND o.type = 'signature') AS sig_n,
          (SELECT COUNT(*) FROM outcomes o WHERE o.repository = r.repository AND o.run_id = r.run_id AND o.type = 'signature'
            AND (o.signed IS NULL OR o.signed <> 1)) AS sig_unsigned
        FROM runs r WHERE ${filter}
      ) x
    ) y GROUP BY repository, workflow, branch, day`,
};
/** Run durations of successful runs (`kind` 'd') and queue times of runs not cancelled (`kind` 'q'), per workflow, value and day. */
const RUN_VALUES_DAILY = {
    table: 'run_values_daily',
    keys: ['repository', 'day', 'workflow', 'kind', 'v'],
    counters: ['n'],
    alias: 'r',
    time: 'r.created_at',
    // The filter once (its parameters are bound once): each run gives a 'd' row, a 'q' row, both or neither.
    select: (filter) => `SELECT repository, day, workflow, kind, v, COUNT(*) AS n FROM (
      SELECT r.repository, ${daySql('r.created_at')} AS day, r.workflow, k.kind, CASE WHEN k.kind = 'd' THEN r.duration ELSE r.queue END AS v
      FROM runs r CROSS JOIN (SELECT 'd' AS kind UNION ALL SELECT 'q' AS kind) k
      WHERE ${filter} AND ((k.kind = 'd' AND r.conclusion = 'success') OR (k.kind = 'q' AND r.conclusion <> 'cancelled' AND r.queue IS NOT NULL))
    ) x GROUP BY repository, day, workflow, kind, v`,
};
/** Cache, scan and rebuild records per day and outcome (absent fields as '' or -1: key columns are never NULL). */
const OUTCOME_COUNTS_DAILY = {
    table: 'outcome_counts_daily',
    keys: ['repository', 'day', 'type', 'layer', 'hit', 'decision', 'reproducible', 'hermetic'],
    counters: ['n'],
    alias: 'o',
    time: 'o.run_created_at',
    select: (filter) => `SELECT repository, day, type, layer, hit, decision, reproducible, hermetic, COUNT(*) AS n FROM (
      SELECT o.repository, ${daySql('o.run_created_at')} AS day, o.type, COALESCE(o.layer, '') AS layer, COALESCE(o.hit, '') AS hit,
        COALESCE(o.decision, '') AS decision, COALESCE(o.reproducible, -1) AS reproducible, COALESCE(o.hermetic, '') AS hermetic
      FROM outcomes o WHERE o.type IN ('cache', 'scan', 'reproducibility') AND ${filter}
    ) x GROUP BY repository, day, type, layer, hit, decision, reproducible, hermetic`,
};
/** Every table of day counts. */
const DAILY_TABLES = [STEP_SECONDS_DAILY, daily_counts_RUN_COUNTS_DAILY, RUN_VALUES_DAILY, OUTCOME_COUNTS_DAILY];
/** The statement that fills one table of day counts from every detail row (the migration's, and `recountDaily`'s). */
function backfillSql(table) {
    return `INSERT INTO ${table.table} (${[...table.keys, ...table.counters].join(', ')}) ${table.select('1 = 1')}`;
}
/** Counts every table of day counts again from the rows, in one transaction (for rows written around the store, as the benchmark does). */
async function recountDaily(driver) {
    await driver.transaction(async (tx) => {
        for (const t of DAILY_TABLES) {
            await tx.run(`DELETE FROM ${t.table}`);
            await tx.run(backfillSql(t));
        }
    });
}
const TYPES = { seconds: 'double precision', v: 'double precision', day: 'bigint', reproducible: 'integer' };
const NUMERIC_KEYS = new Set(['day', 'seconds', 'v', 'reproducible']);
/** Reads the day counts the stored rows of `runIds` give (the before and after of a write). */
async function dailySnapshot(tx, repository, runIds) {
    const out = DAILY_TABLES.map(() => new Map());
    for (const { ids: chunk, marks } of (0,sql_driver/* inLists */.rG)(runIds)) {
        for (const [t, table] of DAILY_TABLES.entries()) {
            const a = table.alias;
            const rows = await tx.all(table.select(`${a}.repository = ? AND ${a}.run_id IN (${marks})`), [repository, ...chunk]);
            const map = out[t];
            for (const row of rows) {
                const key = table.keys.map((k) => (NUMERIC_KEYS.has(k) ? Number(row[k]) : String(row[k])));
                const id = JSON.stringify(key);
                const counts = table.counters.map((c) => Number(row[c] ?? 0));
                const seen = map.get(id);
                if (seen)
                    seen.counts = seen.counts.map((n, j) => n + (counts[j] ?? 0));
                else
                    map.set(id, { key, counts });
            }
        }
    }
    return out;
}
/** Adds to the day counts what changed between two snapshots of the same runs. */
async function applyDailyChange(tx, before, after) {
    for (const [t, table] of DAILY_TABLES.entries()) {
        const was = before[t];
        const now = after[t];
        const rows = [];
        for (const id of new Set([...was.keys(), ...now.keys()])) {
            const a = was.get(id);
            const b = now.get(id);
            const key = (b ?? a)?.key ?? [];
            const change = table.counters.map((_, j) => (b?.counts[j] ?? 0) - (a?.counts[j] ?? 0));
            if (change.some((n) => n !== 0))
                rows.push([...key, ...change]);
        }
        const types = Object.fromEntries([...table.keys, ...table.counters].map((c) => [c, TYPES[c] ?? (table.counters.includes(c) ? 'bigint' : 'text')]));
        await (0,sql_driver/* upsertRows */.TS)(tx, table.table, [...table.keys, ...table.counters], rows, { keys: table.keys, add: table.counters, types });
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/schema.ts


const MIGRATIONS = [
    {
        version: 1,
        name: 'runs, jobs, steps, outcome records and deployments',
        statements: [
            `CREATE TABLE repositories (
        repository TEXT PRIMARY KEY,
        default_branch TEXT NOT NULL,
        updated_at DOUBLE PRECISION NOT NULL DEFAULT 0,
        runs_from BIGINT,
        deployments_from BIGINT
      )`,
            `CREATE TABLE runs (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        attempt INTEGER NOT NULL,
        workflow TEXT NOT NULL,
        event TEXT NOT NULL,
        branch TEXT NOT NULL,
        sha TEXT NOT NULL,
        conclusion TEXT NOT NULL,
        created_at DOUBLE PRECISION NOT NULL,
        started_at DOUBLE PRECISION NOT NULL,
        completed_at DOUBLE PRECISION NOT NULL,
        day BIGINT NOT NULL,
        duration DOUBLE PRECISION NOT NULL,
        queue DOUBLE PRECISION,
        artifacts INTEGER NOT NULL,
        critical_path TEXT NOT NULL,
        PRIMARY KEY (repository, run_id)
      )`,
            `CREATE INDEX runs_by_time ON runs (repository, created_at)`,
            `CREATE TABLE jobs (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        attempt INTEGER NOT NULL,
        job_id BIGINT NOT NULL,
        workflow TEXT NOT NULL,
        run_created_at DOUBLE PRECISION NOT NULL,
        name TEXT NOT NULL,
        conclusion TEXT NOT NULL,
        created_at DOUBLE PRECISION,
        started_at DOUBLE PRECISION NOT NULL,
        completed_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (repository, run_id, attempt, job_id)
      )`,
            `CREATE INDEX jobs_by_time ON jobs (repository, run_created_at)`,
            `CREATE TABLE steps (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        job_id BIGINT NOT NULL,
        idx INTEGER NOT NULL,
        workflow TEXT NOT NULL,
        run_created_at DOUBLE PRECISION NOT NULL,
        job_name TEXT NOT NULL,
        job_ok INTEGER NOT NULL,
        name TEXT NOT NULL,
        conclusion TEXT NOT NULL,
        seconds DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (repository, run_id, job_id, idx)
      )`,
            `CREATE INDEX steps_by_time ON steps (repository, job_ok, run_created_at)`,
            `CREATE TABLE critical_path (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        name TEXT NOT NULL,
        workflow TEXT NOT NULL,
        run_created_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (repository, run_id, name)
      )`,
            `CREATE TABLE outcomes (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        idx INTEGER NOT NULL,
        run_created_at DOUBLE PRECISION NOT NULL,
        run_sha TEXT NOT NULL,
        type TEXT NOT NULL,
        subject TEXT,
        layer TEXT,
        hit TEXT,
        signed INTEGER,
        decision TEXT,
        environment TEXT,
        verified INTEGER,
        reproducible INTEGER,
        hermetic TEXT,
        PRIMARY KEY (repository, run_id, idx)
      )`,
            `CREATE INDEX outcomes_by_time ON outcomes (repository, run_created_at)`,
            `CREATE TABLE deployments (
        repository TEXT NOT NULL,
        deployment_id BIGINT NOT NULL,
        environment TEXT NOT NULL,
        production INTEGER NOT NULL,
        sha TEXT NOT NULL,
        ref TEXT NOT NULL,
        created_at DOUBLE PRECISION NOT NULL,
        state TEXT NOT NULL,
        finished_at DOUBLE PRECISION,
        PRIMARY KEY (repository, deployment_id)
      )`,
            `CREATE TABLE deployment_commits (
        repository TEXT NOT NULL,
        deployment_id BIGINT NOT NULL,
        idx INTEGER NOT NULL,
        sha TEXT NOT NULL,
        at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (repository, deployment_id, idx)
      )`,
        ],
    },
    {
        version: 2,
        name: 'covering indexes for the job and step figures',
        statements: [
            // The figures group a window's jobs and steps by name: with every column they read in the
            // index, in group order, the database scans the index alone and needs no sort.
            'DROP INDEX steps_by_time',
            'CREATE INDEX steps_figures ON steps (repository, job_ok, workflow, job_name, name, run_created_at, seconds)',
            'DROP INDEX jobs_by_time',
            'CREATE INDEX jobs_figures ON jobs (repository, workflow, name, run_created_at, run_id, conclusion, started_at, completed_at, created_at)',
        ],
    },
    {
        version: 3,
        name: 'indexes in value order for the job and step distributions, covering indexes for the run and outcome figures',
        statements: [
            // A distribution counts each distinct value of a group (sql-figures' histogramDistribution):
            // an index in group then value order gives the counts in one pass without a sort. The
            // expressions are written exactly as the queries write them.
            'DROP INDEX steps_figures',
            'CREATE INDEX steps_seconds ON steps (repository, job_ok, workflow, job_name, name, seconds, run_created_at)',
            'CREATE INDEX jobs_durations ON jobs (repository, conclusion, workflow, name, (completed_at - started_at), run_created_at)',
            `CREATE INDEX jobs_queues ON jobs (repository, workflow, name, (CASE WHEN started_at - created_at > 0 THEN started_at - created_at ELSE 0 END), run_created_at)
        WHERE created_at IS NOT NULL`,
            // Every column the run and outcome figures read, so they scan an index and never the
            // table (whose rows carry the critical path and the subjects).
            'DROP INDEX runs_by_time',
            'CREATE INDEX runs_figures ON runs (repository, created_at, workflow, day, conclusion, duration, queue, attempt, run_id, branch, event, artifacts)',
            'CREATE INDEX outcomes_figures ON outcomes (repository, type, run_created_at, layer, hit, decision, reproducible, hermetic, run_id, signed)',
        ],
    },
    {
        version: 4,
        name: 'counts per day kept at write time: step durations, runs, run durations and queue times, outcome records',
        statements: [
            // Whole days of a window are read from these tables, its partial days from the rows they
            // count (day-buckets.ts); saveRuns keeps them in the transaction that writes the rows.
            `CREATE TABLE step_seconds_daily (
        repository TEXT NOT NULL,
        workflow TEXT NOT NULL,
        job_name TEXT NOT NULL,
        name TEXT NOT NULL,
        seconds DOUBLE PRECISION NOT NULL,
        day BIGINT NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (repository, workflow, job_name, name, seconds, day)
      )`,
            `CREATE TABLE run_counts_daily (
        repository TEXT NOT NULL,
        workflow TEXT NOT NULL,
        branch TEXT NOT NULL,
        day BIGINT NOT NULL,
        runs BIGINT NOT NULL,
        ok BIGINT NOT NULL,
        counted BIGINT NOT NULL,
        builds BIGINT NOT NULL,
        signed BIGINT NOT NULL,
        PRIMARY KEY (repository, workflow, branch, day)
      )`,
            `CREATE TABLE run_values_daily (
        repository TEXT NOT NULL,
        day BIGINT NOT NULL,
        workflow TEXT NOT NULL,
        kind TEXT NOT NULL,
        v DOUBLE PRECISION NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (repository, day, workflow, kind, v)
      )`,
            `CREATE TABLE outcome_counts_daily (
        repository TEXT NOT NULL,
        day BIGINT NOT NULL,
        type TEXT NOT NULL,
        layer TEXT NOT NULL,
        hit TEXT NOT NULL,
        decision TEXT NOT NULL,
        reproducible INTEGER NOT NULL,
        hermetic TEXT NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (repository, day, type, layer, hit, decision, reproducible, hermetic)
      )`,
            // One run's records by type with every column the counts read, for the day counts of the
            // runs a write touches (so neither database scans a repository's records for each run).
            'CREATE INDEX outcomes_by_run ON outcomes (repository, run_id, type, signed, layer, hit, decision, reproducible, hermetic, run_created_at)',
            // The counts of what the store already holds (the queries saveRuns keeps them with).
            ...DAILY_TABLES.map(backfillSql),
            // The steps of a window's partial days, by time.
            'DROP INDEX steps_seconds',
            'CREATE INDEX steps_by_time ON steps (repository, run_created_at)',
        ],
    },
];
/** The newest schema version this release writes. */
const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
/**
 * Brings a database to the newest schema: each missing migration in a transaction of its own.
 * On PostgreSQL an advisory lock makes collectors that start together migrate once. A database
 * newer than this release is refused rather than written with an older idea of its tables.
 */
async function migrate(driver, where, now) {
    return driver.transaction(async (tx) => {
        // The lock comes first: two collectors starting on an empty database would otherwise race
        // even on CREATE TABLE IF NOT EXISTS.
        if (tx.dialect === 'postgres')
            await tx.run('SELECT pg_advisory_xact_lock(4242017)');
        await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at DOUBLE PRECISION NOT NULL)');
        const rows = await tx.all('SELECT MAX(version) AS v FROM schema_migrations');
        const from = Number(rows[0]?.v ?? 0);
        if (from > SCHEMA_VERSION) {
            throw new src/* UserError */.yo(`The metrics store ${where} has schema version ${from}; this release knows up to ${SCHEMA_VERSION}`, {
                hint: 'upgrade Slipway to read it; nothing was changed',
            });
        }
        for (const m of MIGRATIONS) {
            if (m.version <= from)
                continue;
            for (const s of m.statements)
                await tx.run(s);
            await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, now]);
        }
        return { from, to: SCHEMA_VERSION };
    });
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/history-store.ts





const history_store_DAY = 86_400;
const bool = (b) => (b === undefined ? null : b ? 1 : 0);
const num = (v) => Number(v);
const history_store_text = (v) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v));
const optNum = (v) => (v === null || v === undefined ? undefined : Number(v));
const RUN_COLUMNS = [
    'repository',
    'run_id',
    'attempt',
    'workflow',
    'event',
    'branch',
    'sha',
    'conclusion',
    'created_at',
    'started_at',
    'completed_at',
    'day',
    'duration',
    'queue',
    'artifacts',
    'critical_path',
];
const JOB_COLUMNS = [
    'repository',
    'run_id',
    'attempt',
    'job_id',
    'workflow',
    'run_created_at',
    'name',
    'conclusion',
    'created_at',
    'started_at',
    'completed_at',
];
const STEP_COLUMNS = [
    'repository',
    'run_id',
    'job_id',
    'idx',
    'workflow',
    'run_created_at',
    'job_name',
    'job_ok',
    'name',
    'conclusion',
    'seconds',
];
const PATH_COLUMNS = ['repository', 'run_id', 'name', 'workflow', 'run_created_at'];
const OUTCOME_COLUMNS = [
    'repository',
    'run_id',
    'idx',
    'run_created_at',
    'run_sha',
    'type',
    'subject',
    'layer',
    'hit',
    'signed',
    'decision',
    'environment',
    'verified',
    'reproducible',
    'hermetic',
];
// PostgreSQL types of the columns, for array inserts (text where not named).
const history_store_TYPES = {
    run_id: 'bigint',
    job_id: 'bigint',
    deployment_id: 'bigint',
    attempt: 'integer',
    idx: 'integer',
    artifacts: 'integer',
    job_ok: 'integer',
    signed: 'integer',
    verified: 'integer',
    reproducible: 'integer',
    production: 'integer',
    day: 'bigint',
    created_at: 'double precision',
    started_at: 'double precision',
    completed_at: 'double precision',
    run_created_at: 'double precision',
    finished_at: 'double precision',
    duration: 'double precision',
    queue: 'double precision',
    seconds: 'double precision',
    at: 'double precision',
};
function outcomeRow(repository, run, idx, o) {
    const base = [repository, run.id, idx, run.createdAt, run.sha, o.type];
    switch (o.type) {
        case 'cache':
            return [...base, null, o.layer, o.hit, null, null, null, null, null, null];
        case 'signature':
            return [...base, o.subject, null, null, bool(o.signed), null, null, null, null, null];
        case 'scan':
            return [...base, o.subject, null, null, null, o.decision, null, null, null, null];
        case 'verification':
            return [...base, o.subject, null, null, null, null, o.environment ?? null, bool(o.verified), null, null];
        case 'reproducibility':
            return [...base, o.subject, null, null, null, null, null, null, bool(o.reproducible), o.hermetic];
    }
}
function outcomeOf(r) {
    const subject = history_store_text(r['subject']);
    switch (r['type']) {
        case 'cache':
            return { type: 'cache', layer: String(r['layer']), hit: r['hit'] };
        case 'signature':
            return { type: 'signature', subject, signed: num(r['signed']) === 1 };
        case 'scan':
            return { type: 'scan', subject, decision: r['decision'] };
        case 'verification':
            return r['environment'] === null || r['environment'] === undefined
                ? { type: 'verification', subject, verified: num(r['verified']) === 1 }
                : { type: 'verification', subject, environment: history_store_text(r['environment']), verified: num(r['verified']) === 1 };
        default:
            return {
                type: 'reproducibility',
                subject,
                reproducible: num(r['reproducible']) === 1,
                hermetic: r['hermetic'],
            };
    }
}
/**
 * The history of one or many repositories in a SQL database (the port every metrics command
 * and the action use). Writes are idempotent upserts keyed on run, attempt and job ids, each
 * batch with its cursor in one transaction: a collector killed part-way leaves the store as it
 * was after its last whole window, and two collectors of one repository neither duplicate nor
 * lose rows. Reads stream.
 */
class HistoryStore {
    driver;
    location;
    constructor(driver, 
    /** The file or the URL (without its password), for messages. */
    location) {
        this.driver = driver;
        this.location = location;
    }
    /** Opens a store on a connection and brings its schema up to date. */
    static async open(driver, location, now = Date.now() / 1000) {
        await migrate(driver, location, now);
        return new HistoryStore(driver, location);
    }
    get kind() {
        return this.driver.dialect;
    }
    async close() {
        await this.driver.close();
    }
    /** Every repository in the store, by name. */
    async repositories(prefix) {
        const rows = await this.driver.all(`SELECT repository, default_branch, updated_at, runs_from, deployments_from FROM repositories${prefix ? ' WHERE repository LIKE ?' : ''} ORDER BY repository`, prefix ? [`${prefix.replace(/[%_]/g, '')}%`] : []);
        return rows.map((r) => {
            const cursor = {};
            const runsFrom = optNum(r['runs_from']);
            const deploymentsFrom = optNum(r['deployments_from']);
            if (runsFrom !== undefined)
                cursor.runsFrom = runsFrom;
            if (deploymentsFrom !== undefined)
                cursor.deploymentsFrom = deploymentsFrom;
            return { repository: String(r['repository']), defaultBranch: String(r['default_branch']), updatedAt: num(r['updated_at']), cursor };
        });
    }
    async repository(name) {
        return (await this.repositories(name)).find((r) => r.repository === name);
    }
    /** Adds the repository, or updates its default branch. */
    async ensureRepository(name, defaultBranch) {
        await (0,sql_driver/* upsertRows */.TS)(this.driver, 'repositories', ['repository', 'default_branch'], [[name, defaultBranch]], {
            keys: ['repository'],
            update: ['default_branch'],
        });
    }
    /** Ids of the runs already stored among those created in [from, to]. */
    async knownRunIds(repository, from, to) {
        const rows = await this.driver.all('SELECT run_id FROM runs WHERE repository = ? AND created_at >= ? AND created_at <= ?', [
            repository,
            from,
            to,
        ]);
        return new Set(rows.map((r) => num(r['run_id'])));
    }
    /**
     * Upserts runs with their jobs, steps, critical paths and outcome records, and moves the runs
     * cursor (never backwards), in one transaction. A stored later attempt of a run is kept.
     */
    async saveRuns(repository, runs, cursor = {}) {
        await this.driver.transaction(async (tx) => {
            const runRows = [];
            const jobRows = [];
            const stepRows = [];
            const pathRows = [];
            const outcomeRows = [];
            for (const run of runs) {
                const path = run.conclusion === 'success' ? critical_path_criticalPath(run.jobs.filter((j) => j.attempt === run.attempt)) : [];
                runRows.push([
                    repository,
                    run.id,
                    run.attempt,
                    run.workflow,
                    run.event,
                    run.branch,
                    run.sha,
                    run.conclusion,
                    run.createdAt,
                    run.startedAt,
                    run.completedAt,
                    Math.floor(run.createdAt / history_store_DAY),
                    run_figures_runSeconds(run),
                    run_figures_runQueueSeconds(run) ?? null,
                    run.artifacts,
                    JSON.stringify(path),
                ]);
                for (const name of new Set(path.map((p) => p.name)))
                    pathRows.push({ id: run.id, attempt: run.attempt, row: [repository, run.id, name, run.workflow, run.createdAt] });
                for (const job of run.jobs) {
                    jobRows.push([
                        repository,
                        run.id,
                        job.attempt,
                        job.id,
                        run.workflow,
                        run.createdAt,
                        job.name,
                        job.conclusion,
                        job.createdAt ?? null,
                        job.startedAt,
                        job.completedAt,
                    ]);
                    job.steps.forEach((s, i) => stepRows.push([
                        repository,
                        run.id,
                        job.id,
                        i,
                        run.workflow,
                        run.createdAt,
                        job.name,
                        job.conclusion === 'success' ? 1 : 0,
                        s.name,
                        s.conclusion,
                        s.seconds,
                    ]));
                }
                run.outcomes.forEach((o, i) => outcomeRows.push(outcomeRow(repository, run, i, o)));
            }
            // Writers of one repository take turns (SQLite has one writer anyway), so the day counts
            // read before the write are those the write changes.
            if (tx.dialect === 'postgres')
                await tx.run('SELECT pg_advisory_xact_lock(4242018, hashtext(?))', [repository]);
            const ids = [...new Set(runs.map((r) => r.id))];
            const before = await dailySnapshot(tx, repository, ids);
            await (0,sql_driver/* upsertRows */.TS)(tx, 'runs', RUN_COLUMNS, runRows, {
                keys: ['repository', 'run_id'],
                where: 'excluded.attempt >= runs.attempt',
                types: history_store_TYPES,
            });
            await (0,sql_driver/* upsertRows */.TS)(tx, 'jobs', JOB_COLUMNS, jobRows, { keys: ['repository', 'run_id', 'attempt', 'job_id'], types: history_store_TYPES });
            await (0,sql_driver/* upsertRows */.TS)(tx, 'steps', STEP_COLUMNS, stepRows, { keys: ['repository', 'run_id', 'job_id', 'idx'], types: history_store_TYPES });
            // A run written again replaces its critical path: a re-run that failed has none, another
            // attempt its own. A stored later attempt keeps its rows, as it kept its run row above.
            const stored = await storedAttempts(tx, repository, ids);
            const latest = new Map();
            for (const r of runs)
                latest.set(r.id, Math.max(latest.get(r.id) ?? r.attempt, r.attempt));
            const replaced = ids.filter((id) => latest.get(id) === stored.get(id));
            for (const list of (0,sql_driver/* inLists */.rG)(replaced))
                await tx.run(`DELETE FROM critical_path WHERE repository = ? AND run_id IN (${list.marks})`, [repository, ...list.ids]);
            const kept = new Set(replaced);
            const newPaths = pathRows.filter((p) => kept.has(p.id) && p.attempt === latest.get(p.id)).map((p) => p.row);
            await (0,sql_driver/* upsertRows */.TS)(tx, 'critical_path', PATH_COLUMNS, newPaths, { keys: ['repository', 'run_id', 'name'], types: history_store_TYPES });
            await (0,sql_driver/* upsertRows */.TS)(tx, 'outcomes', OUTCOME_COLUMNS, outcomeRows, { keys: ['repository', 'run_id', 'idx'], types: history_store_TYPES });
            await applyDailyChange(tx, before, await dailySnapshot(tx, repository, ids));
            await this.moveCursor(tx, repository, 'runs_from', cursor.runsFrom, cursor.updatedAt);
        });
    }
    /** Every deployment of a repository, oldest first (a few thousand at most: read whole). */
    async deployments(repository) {
        const rows = await this.driver.all('SELECT deployment_id, environment, production, sha, ref, created_at, state, finished_at FROM deployments WHERE repository = ? ORDER BY created_at, deployment_id', [repository]);
        const commits = new Map();
        for await (const c of this.driver.iterate('SELECT deployment_id, sha, at FROM deployment_commits WHERE repository = ? ORDER BY deployment_id, idx', [repository])) {
            const id = num(c['deployment_id']);
            const list = commits.get(id) ?? [];
            list.push({ sha: String(c['sha']), at: num(c['at']) });
            commits.set(id, list);
        }
        return rows.map((r) => {
            const d = {
                id: num(r['deployment_id']),
                environment: String(r['environment']),
                production: num(r['production']) === 1,
                sha: String(r['sha']),
                ref: String(r['ref']),
                createdAt: num(r['created_at']),
                state: r['state'],
                commits: commits.get(num(r['deployment_id'])) ?? [],
            };
            const finishedAt = optNum(r['finished_at']);
            if (finishedAt !== undefined)
                d.finishedAt = finishedAt;
            return d;
        });
    }
    /** Upserts deployments (a finished one is never turned back to pending) and moves the deployments cursor, in one transaction. */
    async saveDeployments(repository, deployments, cursor = {}) {
        await this.driver.transaction(async (tx) => {
            await (0,sql_driver/* upsertRows */.TS)(tx, 'deployments', ['repository', 'deployment_id', 'environment', 'production', 'sha', 'ref', 'created_at', 'state', 'finished_at'], deployments.map((d) => [
                repository,
                d.id,
                d.environment,
                d.production ? 1 : 0,
                d.sha,
                d.ref,
                d.createdAt,
                d.state,
                d.finishedAt ?? null,
            ]), { keys: ['repository', 'deployment_id'], where: "excluded.state <> 'pending' OR deployments.state = 'pending'", types: history_store_TYPES });
            const commitRows = [];
            for (const d of deployments)
                d.commits.forEach((c, i) => commitRows.push([repository, d.id, i, c.sha, c.at]));
            await (0,sql_driver/* upsertRows */.TS)(tx, 'deployment_commits', ['repository', 'deployment_id', 'idx', 'sha', 'at'], commitRows, {
                keys: ['repository', 'deployment_id', 'idx'],
                types: history_store_TYPES,
            });
            await this.moveCursor(tx, repository, 'deployments_from', cursor.deploymentsFrom, cursor.updatedAt);
        });
    }
    async moveCursor(tx, repository, column, value, updatedAt) {
        if (value !== undefined) {
            // Forward only: a value another collector already wrote was valid when it was written.
            await tx.run(`UPDATE repositories SET ${column} = CASE WHEN ${column} IS NULL OR ${column} < ? THEN ? ELSE ${column} END WHERE repository = ?`, [value, value, repository]);
        }
        if (updatedAt !== undefined)
            await tx.run('UPDATE repositories SET updated_at = CASE WHEN updated_at < ? THEN ? ELSE updated_at END WHERE repository = ?', [
                updatedAt,
                updatedAt,
                repository,
            ]);
    }
    /** Rows per table, of one repository or of all. */
    async counts(repository) {
        const where = repository === undefined ? '' : ' WHERE repository = ?';
        const params = repository === undefined ? [] : [repository];
        const count = async (table) => num((await this.driver.all(`SELECT COUNT(*) AS n FROM ${table}${where}`, params))[0]?.['n'] ?? 0);
        return {
            repositories: await count('repositories'),
            runs: await count('runs'),
            jobs: await count('jobs'),
            steps: await count('steps'),
            outcomes: await count('outcomes'),
            deployments: await count('deployments'),
            commits: await count('deployment_commits'),
        };
    }
    /**
     * The runs of a repository created in [from, to] as history records, oldest first, read in
     * batches of one repository-day range at a time so memory stays flat however long the history.
     */
    async *runs(repository, from = -Infinity, to = Infinity) {
        const lo = Number.isFinite(from) ? from : -1e15;
        const hi = Number.isFinite(to) ? to : 1e15;
        const batch = 500;
        let after;
        for (;;) {
            const params = [repository, lo, hi];
            let page = 'SELECT * FROM runs WHERE repository = ? AND created_at >= ? AND created_at <= ?';
            if (after) {
                page += ' AND (created_at > ? OR (created_at = ? AND run_id > ?))';
                params.push(after.at, after.at, after.id);
            }
            const rows = await this.driver.all(`${page} ORDER BY created_at, run_id LIMIT ${batch}`, params);
            if (rows.length === 0)
                return;
            const ids = rows.map((r) => num(r['run_id']));
            const marks = ids.map(() => '?').join(', ');
            const jobs = new Map();
            const jobIndex = new Map();
            for (const j of await this.driver.all(`SELECT * FROM jobs WHERE repository = ? AND run_id IN (${marks}) ORDER BY run_id, attempt, started_at, job_id`, [repository, ...ids])) {
                const job = {
                    id: num(j['job_id']),
                    name: String(j['name']),
                    attempt: num(j['attempt']),
                    conclusion: String(j['conclusion']),
                    startedAt: num(j['started_at']),
                    completedAt: num(j['completed_at']),
                    steps: [],
                };
                const createdAt = optNum(j['created_at']);
                if (createdAt !== undefined)
                    job.createdAt = createdAt;
                const list = jobs.get(num(j['run_id'])) ?? [];
                list.push(job);
                jobs.set(num(j['run_id']), list);
                jobIndex.set(job.id, job);
            }
            for (const s of await this.driver.all(`SELECT job_id, name, conclusion, seconds FROM steps WHERE repository = ? AND run_id IN (${marks}) ORDER BY job_id, idx`, [repository, ...ids]))
                jobIndex
                    .get(num(s['job_id']))
                    ?.steps.push({ name: String(s['name']), conclusion: String(s['conclusion']), seconds: num(s['seconds']) });
            const outcomes = new Map();
            for (const o of await this.driver.all(`SELECT * FROM outcomes WHERE repository = ? AND run_id IN (${marks}) ORDER BY run_id, idx`, [
                repository,
                ...ids,
            ])) {
                const list = outcomes.get(num(o['run_id'])) ?? [];
                list.push(outcomeOf(o));
                outcomes.set(num(o['run_id']), list);
            }
            for (const r of rows) {
                const id = num(r['run_id']);
                yield {
                    id,
                    workflow: String(r['workflow']),
                    event: String(r['event']),
                    branch: String(r['branch']),
                    sha: String(r['sha']),
                    attempt: num(r['attempt']),
                    conclusion: String(r['conclusion']),
                    createdAt: num(r['created_at']),
                    startedAt: num(r['started_at']),
                    completedAt: num(r['completed_at']),
                    jobs: jobs.get(id) ?? [],
                    artifacts: num(r['artifacts']),
                    outcomes: outcomes.get(id) ?? [],
                };
            }
            const last = rows[rows.length - 1];
            after = { at: num(last['created_at']), id: num(last['run_id']) };
            if (rows.length < batch)
                return;
        }
    }
}
/** The attempt each stored run of `ids` has. */
async function storedAttempts(tx, repository, ids) {
    const out = new Map();
    for (const list of (0,sql_driver/* inLists */.rG)(ids)) {
        const rows = await tx.all(`SELECT run_id, attempt FROM runs WHERE repository = ? AND run_id IN (${list.marks})`, [
            repository,
            ...list.ids,
        ]);
        for (const r of rows)
            out.set(Number(r['run_id']), Number(r['attempt']));
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:sqlite"
const external_node_sqlite_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./packages/metrics/src/store/sqlite-readers.ts

// Read-only connections to one SQLite file, each in a worker thread, so the independent queries
// of a report run on every core at once (WAL mode lets readers run beside each other and beside
// a writer). A query waits for the first idle reader.
// Plain JavaScript evaluated in the worker: no file to find, in a bundle or from the sources.
const READER = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.path, { readOnly: true, timeout: workerData.timeout });
parentPort.on('message', ({ sql, params }) => {
  try {
    parentPort.postMessage({ rows: db.prepare(sql).all(...params) });
  } catch (error) {
    parentPort.postMessage({ error: { message: String(error && error.message), code: error && error.code, errcode: error && error.errcode } });
  }
});
`;
/** A fixed number of reader threads on one database file, started at the first query. */
class SqliteReaders {
    path;
    size;
    timeout;
    readers = [];
    waiting = [];
    closed = false;
    constructor(path, size, timeout) {
        this.path = path;
        this.size = size;
        this.timeout = timeout;
    }
    /** All rows of a read-only query, from the first idle reader. */
    async all(sql, params) {
        const reader = await this.idle();
        try {
            const reply = await new Promise((resolve, reject) => {
                const fail = (error) => {
                    // A reader that failed is not used again; the next query starts another.
                    this.readers = this.readers.filter((r) => r !== reader);
                    reject(error);
                };
                reader.worker.once('error', fail);
                reader.worker.once('message', (m) => {
                    reader.worker.off('error', fail);
                    resolve(m);
                });
                reader.worker.postMessage({ sql, params });
            });
            if (reply.error)
                throw Object.assign(new Error(reply.error.message), { code: reply.error.code, errcode: reply.error.errcode });
            return (reply.rows ?? []);
        }
        finally {
            reader.busy = false;
            this.waiting.shift()?.();
        }
    }
    async idle() {
        for (;;) {
            if (this.closed)
                throw new Error('the store is closed');
            const free = this.readers.find((r) => !r.busy);
            if (free) {
                free.busy = true;
                return free;
            }
            if (this.readers.length < this.size) {
                const worker = new external_node_worker_threads_.Worker(READER, { eval: true, workerData: { path: this.path, timeout: this.timeout } });
                // A reader never keeps the process alive on its own.
                worker.unref();
                const reader = { worker, busy: true };
                this.readers.push(reader);
                return reader;
            }
            await new Promise((resolve) => this.waiting.push(resolve));
        }
    }
    /** Stops every reader. */
    async close() {
        this.closed = true;
        const readers = this.readers;
        this.readers = [];
        await Promise.all(readers.map((r) => r.worker.terminate()));
        for (const wake of this.waiting.splice(0))
            wake();
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/sqlite-driver.ts




const TIMEOUT_MS = 30_000;
/**
 * The size (the file and its write-ahead log) from which reads go to reader threads. Each thread
 * costs tens of milliseconds to start and about 12 MiB; below this a report's queries take less
 * than that on the connection (a small history, such as a first collection, stays there).
 */
const READER_THREADS_FROM_BYTES = 8 * 1024 * 1024;
/** Bytes of the database file and its WAL, 0 for what is not there. */
function databaseBytes(path) {
    const size = (p) => (0,external_node_fs_.statSync)(p, { throwIfNoEntry: false })?.size ?? 0;
    return size(path) + size(`${path}-wal`);
}
/**
 * SQLite through `node:sqlite` (built into Node 24): one file, no server, no native module.
 * WAL mode and a busy timeout let a second process read, or wait its turn to write. Reads
 * outside a transaction go to reader threads (one per core, at most 4) once the database holds
 * `readersFromBytes` (READER_THREADS_FROM_BYTES by default), so a large report's independent
 * queries run at once; writes and reads in a transaction use this connection.
 */
class SqliteDriver {
    db;
    readers;
    path;
    readersFromBytes;
    dialect = 'sqlite';
    depth = 0;
    sharing = false;
    constructor(db, readers, path, readersFromBytes) {
        this.db = db;
        this.readers = readers;
        this.path = path;
        this.readersFromBytes = readersFromBytes;
    }
    /** Opens (and creates) the database file; `:memory:` has no reader threads (nothing to share). */
    static open(path, options = {}) {
        const db = new external_node_sqlite_namespaceObject.DatabaseSync(path, { timeout: TIMEOUT_MS });
        db.exec('PRAGMA journal_mode = WAL');
        db.exec('PRAGMA synchronous = NORMAL');
        db.exec('PRAGMA foreign_keys = ON');
        const size = Math.min(4, (0,external_node_os_namespaceObject.availableParallelism)());
        const readers = path === ':memory:' || size < 2 ? undefined : new SqliteReaders(path, size, TIMEOUT_MS);
        return new SqliteDriver(db, readers, path, options.readersFromBytes ?? READER_THREADS_FROM_BYTES);
    }
    /** Whether reads outside a transaction go to reader threads: from the first read that finds the database big enough on. */
    get readsOnThreads() {
        if (!this.sharing && this.readers)
            this.sharing = databaseBytes(this.path) >= this.readersFromBytes;
        return this.sharing;
    }
    all(sql, params = []) {
        if (this.readers && this.depth === 0 && this.readsOnThreads)
            return this.readers.all(sql, params);
        return Promise.resolve(this.db.prepare(sql).all(...params));
    }
    iterate(sql, params = []) {
        const rows = this.db.prepare(sql).iterate(...params);
        return {
            [Symbol.asyncIterator]: () => ({
                next: () => Promise.resolve(rows.next()),
                return: () => Promise.resolve(rows.return?.() ?? { done: true, value: undefined }),
            }),
        };
    }
    run(sql, params = []) {
        this.db.prepare(sql).run(...params);
        return Promise.resolve();
    }
    async transaction(fn) {
        // A nested call joins the open transaction. IMMEDIATE takes the write lock at once, so two
        // writers queue instead of failing half-way.
        if (this.depth > 0)
            return fn(this);
        this.db.exec('BEGIN IMMEDIATE');
        this.depth += 1;
        try {
            const value = await fn(this);
            this.db.exec('COMMIT');
            return value;
        }
        catch (error) {
            if (this.db.isTransaction)
                this.db.exec('ROLLBACK');
            throw error;
        }
        finally {
            this.depth -= 1;
        }
    }
    async close() {
        await this.readers?.close();
        if (this.db.isOpen)
            this.db.close();
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/open-store.ts






const SQLITE_MAGIC = 'SQLite format 3\u0000';
async function firstBytes(path, shown, n) {
    const info = await (0,promises_.stat)(path).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw new src/* UserError */.yo(`Cannot read the metrics store ${shown}: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    });
    if (info === undefined)
        return undefined;
    if (!info.isFile()) {
        throw new src/* UserError */.yo(`The metrics store ${shown} is ${info.isDirectory() ? 'a folder' : 'not a regular file'}`, {
            code: src/* errorCodes */.fv.inputUnreadable,
            hint: 'give --data (or data-file) the path of the store file, not a folder',
        });
    }
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        throw new src/* UserError */.yo(`Cannot read the metrics store ${shown}: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    try {
        const buf = Buffer.alloc(n);
        const { bytesRead } = await handle.read(buf, 0, n, 0);
        return buf.subarray(0, bytesRead).toString('latin1');
    }
    finally {
        await handle.close();
    }
}
/**
 * Refuses an SQLite file that its own header says is cut short (a copy or download that
 * stopped part-way), before SQLite opens it and adds its -wal and -shm files beside it. The
 * header's page count is trusted only when SQLite marks it valid, and only when no WAL file is
 * beside the store (pages not yet checkpointed live there).
 */
async function checkSqliteLength(path, shown) {
    const info = await (0,promises_.stat)(path);
    const handle = await (0,promises_.open)(path, 'r');
    const header = Buffer.alloc(100);
    let bytesRead;
    try {
        ({ bytesRead } = await handle.read(header, 0, 100, 0));
    }
    finally {
        await handle.close();
    }
    const cut = (detail) => new src/* UserError */.yo(`The metrics store ${shown} is not a readable SQLite database: ${detail} (was the file cut short?)`, {
        code: src/* errorCodes */.fv.inputUnreadable,
        hint: 'nothing was changed; restore it from its cache or branch, or move it away to start a new store',
    });
    if (bytesRead < 100)
        throw cut(`its header is ${bytesRead} of 100 bytes`);
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0)
        throw cut(`its header gives a page size of ${raw}`);
    const hasWal = await (0,promises_.stat)(`${path}-wal`).then(() => true, () => false);
    if (hasWal)
        return;
    if (info.size % pageSize !== 0)
        throw cut(`${info.size} bytes is not a whole number of ${pageSize}-byte pages`);
    const pages = header.readUInt32BE(28);
    const valid = pages > 0 && header.readUInt32BE(92) === header.readUInt32BE(24);
    if (valid && info.size < pages * pageSize)
        throw cut(`it holds ${info.size} of the ${pages * pageSize} bytes its header declares`);
}
/** The URL as it may be shown: without its password. */
function safeUrl(url) {
    const copy = new URL(url.toString());
    if (copy.password)
        copy.password = '***';
    return copy.toString();
}
/** Opens PostgreSQL from a `postgres://` URL; a bad URL or an unreachable server is a UserError naming it. */
async function openPostgres(value, field = '--store', options = {}) {
    const url = (0,src/* parseUserUrl */.yy)(value, field, ['postgres:', 'postgresql:']);
    const shown = safeUrl(url);
    // node-postgres is loaded only for a PostgreSQL store: a step on a SQLite file never needs it.
    const { PostgresDriver } = await Promise.all(/* import() */[__nccwpck_require__.e(50), __nccwpck_require__.e(391)]).then(__nccwpck_require__.bind(__nccwpck_require__, 391));
    const driver = PostgresDriver.open(url.toString(), options);
    try {
        return await HistoryStore.open(driver, shown);
    }
    catch (error) {
        await driver.close().catch(() => undefined);
        if (error instanceof src/* UserError */.yo)
            throw error;
        const code = error.code;
        throw new src/* UserError */.yo(`Cannot use the metrics store ${shown}: ${(0,src/* errorMessage */.gJ)(error)}${typeof code === 'string' ? ` (${code})` : ''}`, {
            cause: error,
            code: code === 'ECONNREFUSED' || code === 'ENOTFOUND' ? src/* errorCodes */.fv.networkUnreachable : undefined,
            hint: 'check that PostgreSQL runs at that address and that the user may create tables in the database',
        });
    }
}
/** Copies a whole JSON history into a store: its repository, cursor, runs and deployments. */
async function importHistory(store, history) {
    const repo = history.repository;
    await store.ensureRepository(repo, history.defaultBranch);
    for (let i = 0; i < history.runs.length; i += 1000)
        await store.saveRuns(repo, history.runs.slice(i, i + 1000));
    await store.saveDeployments(repo, history.deployments);
    await store.saveRuns(repo, [], {
        ...(history.cursor.runsFrom === undefined ? {} : { runsFrom: history.cursor.runsFrom }),
        updatedAt: history.updatedAt,
    });
    if (history.cursor.deploymentsFrom !== undefined)
        await store.saveDeployments(repo, [], { deploymentsFrom: history.cursor.deploymentsFrom });
}
/** What a history holds, counted the way `StoreCounts` counts a store. */
function historyCounts(history) {
    let jobs = 0;
    let steps = 0;
    let outcomes = 0;
    for (const r of history.runs) {
        jobs += r.jobs.length;
        outcomes += r.outcomes.length;
        for (const j of r.jobs)
            steps += j.steps.length;
    }
    return {
        runs: new Set(history.runs.map((r) => r.id)).size,
        jobs,
        steps,
        outcomes,
        deployments: new Set(history.deployments.map((d) => d.id)).size,
        commits: history.deployments.reduce((n, d) => n + d.commits.length, 0),
    };
}
/** Refuses a migration whose store does not hold every row of the history. */
function checkCounts(history, counts, where) {
    const want = historyCounts(history);
    const short = Object.keys(want).filter((k) => counts[k] < want[k]);
    if (short.length > 0) {
        throw new src/* UserError */.yo(`The migration into ${where} is incomplete: ${short.map((k) => `${k} ${counts[k]} of ${want[k]}`).join(', ')}`, {
            hint: 'the source history was not changed; run the migration again',
        });
    }
}
/**
 * Opens the embedded store at `path`: an SQLite file, created when missing unless `mustExist`. A JSON history
 * found there is migrated in place: the SQLite store is built beside it, checked by counts,
 * and renamed over it, while the JSON file is kept as `<path>.json-history`. A symbolic link
 * at `path` stays a link (its target becomes the store).
 */
async function openSqlite(path, repository, options = {}) {
    const real = await (0,src/* canonicalPath */.Op)(path);
    const head = await firstBytes(real, path, 16);
    if (head === undefined && options.mustExist) {
        throw new src/* UserError */.yo(`The metrics store ${path} does not exist`, {
            code: src/* errorCodes */.fv.inputUnreadable,
            hint: 'collect into it first (slipway metrics collect --data FILE), or give the path of an existing store',
        });
    }
    if (head === undefined || head.length === 0 || head === SQLITE_MAGIC) {
        const created = head === undefined;
        if (head !== undefined && head.length === 0) {
            throw new src/* UserError */.yo(`The metrics store ${path} is an empty file`, { hint: 'remove it to start a new store, or give the right path' });
        }
        if (!created)
            await checkSqliteLength(real, path);
        return { store: await openSqliteFile(real, path), created };
    }
    if (!head.trimStart().startsWith('{')) {
        throw new src/* UserError */.yo(`${path} is neither an SQLite metrics store nor a JSON history`, {
            hint: 'give --data a history file that slipway metrics wrote, or a new path',
        });
    }
    const loaded = await loadHistory(real, repository);
    const history = loaded.history;
    // A fixed name beside the target: a migration killed part-way is simply redone next time.
    const building = (0,external_node_path_.join)((0,external_node_path_.dirname)(real), `.${(0,external_node_path_.basename)(real)}.migrating`);
    await (0,promises_.rm)(building, { force: true });
    await (0,promises_.rm)(`${building}-wal`, { force: true });
    await (0,promises_.rm)(`${building}-shm`, { force: true });
    const store = await openSqliteFile(building, building);
    try {
        await importHistory(store, history);
        const counts = await store.counts();
        checkCounts(history, counts, path);
        await store.close();
        const kept = `${real}.json-history`;
        await (0,promises_.rename)(real, kept);
        await (0,promises_.rename)(building, real);
        await (0,promises_.rm)(`${building}-wal`, { force: true });
        await (0,promises_.rm)(`${building}-shm`, { force: true });
        return {
            store: await openSqliteFile(real, path),
            created: false,
            migrated: { from: path, kept, counts, ...(loaded.problem ? { problem: loaded.problem } : {}) },
        };
    }
    catch (error) {
        await store.close().catch(() => undefined);
        await (0,promises_.rm)(building, { force: true });
        throw error;
    }
}
/** Removes the -wal and -shm files that opening `file` made, when they were not there before. */
async function removeMadeSidecars(file, before) {
    for (const suffix of ['-wal', '-shm']) {
        if (!before.includes(suffix))
            await (0,promises_.rm)(`${file}${suffix}`, { force: true }).catch(() => undefined);
    }
}
async function openSqliteFile(file, shown) {
    const sidecars = [];
    for (const suffix of ['-wal', '-shm'])
        if (await (0,promises_.stat)(`${file}${suffix}`).catch(() => undefined))
            sidecars.push(suffix);
    let driver;
    try {
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (info?.isDirectory())
            throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
        if (file !== ':memory:')
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        driver = SqliteDriver.open(file);
    }
    catch (error) {
        if (file !== ':memory:')
            await removeMadeSidecars(file, sidecars);
        const detail = error instanceof Error ? error.message : (0,src/* errorMessage */.gJ)(error);
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file is there but damaged.
        const errcode = error.errcode;
        if (errcode === 11 || errcode === 26)
            throw new src/* UserError */.yo(`The metrics store ${shown} is not a readable SQLite database: ${detail}`, {
                cause: error,
                hint: 'nothing was changed; restore it from its cache or branch, or move it away to start a new store',
            });
        throw new src/* UserError */.yo(`Cannot open the metrics store ${shown}: ${detail}`, {
            cause: error,
            hint: 'give --data a file path in a writable folder',
        });
    }
    try {
        return await HistoryStore.open(driver, shown);
    }
    catch (error) {
        await driver.close();
        // Refused untouched: the damaged file is left as it was, with nothing new beside it.
        if (file !== ':memory:')
            await removeMadeSidecars(file, sidecars);
        if (error instanceof src/* UserError */.yo)
            throw error;
        throw new src/* UserError */.yo(`The metrics store ${shown} is not a readable SQLite database: ${(0,src/* errorMessage */.gJ)(error)}`, {
            cause: error,
            hint: 'restore it from its cache or branch, or move it away to start a new store',
        });
    }
}
/** Opens the store a command was given. */
async function openStore(location, options = {}) {
    if ('store' in location)
        return { store: await openPostgres(location.store, '--store', options), created: false };
    return openSqlite(location.data, options.repository, { mustExist: options.mustExist ?? false });
}
/** Copies every repository, run and deployment of one store into another (idempotent upserts), for merging two copies of a store. */
async function copyStore(from, into) {
    for (const repo of await from.repositories()) {
        await into.ensureRepository(repo.repository, repo.defaultBranch);
        let batch = [];
        for await (const run of from.runs(repo.repository)) {
            batch.push(run);
            if (batch.length >= 500) {
                await into.saveRuns(repo.repository, batch);
                batch = [];
            }
        }
        await into.saveRuns(repo.repository, batch, {
            ...(repo.cursor.runsFrom === undefined ? {} : { runsFrom: repo.cursor.runsFrom }),
            updatedAt: repo.updatedAt,
        });
        await into.saveDeployments(repo.repository, await from.deployments(repo.repository), {
            ...(repo.cursor.deploymentsFrom === undefined ? {} : { deploymentsFrom: repo.cursor.deploymentsFrom }),
        });
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/dora.ts

/** Which deployments count as production: the named environments, or those GitHub marks production. */
function dora_isProduction(d, environments) {
    return environments.length > 0 ? environments.includes(d.environment) : d.production;
}
/** DORA figures for deployments that finished in [from, to] (seconds). */
function dora_doraFigures(all, environments, from, to) {
    const windowDays = (to - from) / 86_400;
    const finished = all
        .filter((d) => d.state !== 'pending' && d.finishedAt !== undefined && dora_isProduction(d, environments))
        .sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0) || a.id - b.id);
    const inWindow = (d) => (d.finishedAt ?? 0) >= from && (d.finishedAt ?? 0) <= to;
    const successes = finished.filter((d) => d.state === 'success' && inWindow(d));
    const failures = finished.filter((d) => d.state !== 'success' && inWindow(d));
    const leads = [];
    for (const d of successes)
        for (const c of d.commits)
            leads.push(Math.max(0, (d.finishedAt ?? 0) - c.at));
    const recoveries = [];
    let unrecovered = 0;
    const streakStart = new Map();
    for (const d of finished) {
        const at = d.finishedAt ?? 0;
        if (d.state === 'success') {
            const start = streakStart.get(d.environment);
            if (start !== undefined && start >= from && start <= to)
                recoveries.push(at - start);
            streakStart.delete(d.environment);
        }
        else if (!streakStart.has(d.environment)) {
            streakStart.set(d.environment, at);
        }
    }
    for (const start of streakStart.values())
        if (start >= from && start <= to)
            unrecovered += 1;
    return {
        windowDays,
        deployments: successes.length,
        deploymentsPerDay: windowDays > 0 ? successes.length / windowDays : 0,
        leadTime: percentiles_distribution(leads),
        failedDeployments: failures.length,
        changeFailureRate: percentiles_ratio(failures.length, failures.length + successes.length),
        recoveryTime: percentiles_distribution(recoveries),
        unrecovered,
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/run-counts.ts


const run_counts_num = (v) => Number(v ?? 0);
const repoIn = (alias, names) => `${alias}repository IN (${names.map(() => '?').join(', ')})`;
/**
 * The counts of a day-count table over [from, to] per `groups` (of its key columns), summed:
 * the table for the window's whole days, its definition over the detail rows for the partial days.
 */
async function windowCounts(store, table, repositories, w, groups, where = '1 = 1') {
    if (repositories.length === 0)
        return [];
    const plan = planDays([w.from, w.to]);
    const days = daySegments(plan);
    const cols = [...groups, ...table.counters].join(', ');
    const parts = [`SELECT ${cols} FROM ${table.table} WHERE ${repoIn('', repositories)} AND ${days.where} AND ${where}`];
    const params = [...repositories, ...days.whereParams];
    for (const e of plan.edges) {
        const edge = edgeSql(e, table.time);
        parts.push(`SELECT ${cols} FROM (${table.select(`${repoIn(`${table.alias}.`, repositories)} AND ${edge.sql}`)}) e WHERE ${where}`);
        params.push(...repositories, ...edge.params);
    }
    const g = groups.length === 0 ? '' : ` GROUP BY ${groups.join(', ')}`;
    return store.driver.all(`SELECT ${[...groups, ...table.counters.map((c) => `SUM(${c}) AS ${c}`)].join(', ')} FROM (${parts.join(' UNION ALL ')}) u${g}`, params);
}
/** Runs, successes, success-rate runs, builds and signed builds per repository, workflow and branch over [from, to]. */
async function run_counts_runCounts(store, repositories, w) {
    const rows = await windowCounts(store, RUN_COUNTS_DAILY, repositories, w, ['repository', 'workflow', 'branch']);
    return rows
        .map((r) => ({
        repository: String(r['repository']),
        workflow: String(r['workflow']),
        branch: String(r['branch']),
        runs: run_counts_num(r['runs']),
        ok: run_counts_num(r['ok']),
        counted: run_counts_num(r['counted']),
        builds: run_counts_num(r['builds']),
        signed: run_counts_num(r['signed']),
    }))
        .filter((r) => r.runs > 0);
}
/**
 * Counts per value of run durations and queue times per repository and workflow: over the
 * window [from, to], and durations over the baseline [baselineFrom, recentFrom) and the recent
 * window [recentFrom, to] the regressions compare.
 */
async function run_counts_runValues(store, repositories, w) {
    if (repositories.length === 0)
        return [];
    const bounds = [w.baselineFrom, w.from, w.recentFrom, w.to].sort((a, b) => a - b);
    const plan = planDays(bounds);
    const days = daySegments(plan);
    const parts = [
        `SELECT repository, workflow, kind, ${days.seg} AS seg, v, n FROM ${RUN_VALUES_DAILY.table} WHERE ${repoIn('', repositories)} AND ${days.where}`,
    ];
    const params = [...days.segParams, ...repositories, ...days.whereParams];
    for (const e of plan.edges) {
        const edge = edgeSql(e, 'r.created_at');
        parts.push(`SELECT repository, workflow, kind, ${e.seg} AS seg, v, n FROM (${RUN_VALUES_DAILY.select(`${repoIn('r.', repositories)} AND ${edge.sql}`)}) e`);
        params.push(...repositories, ...edge.params);
    }
    const rows = await store.driver.all(`SELECT repository, workflow, kind, seg, v, SUM(n) AS n FROM (${parts.join(' UNION ALL ')}) u WHERE seg IS NOT NULL GROUP BY repository, workflow, kind, seg, v`, params);
    // Which of the figures each period between the bounds counts in.
    const last = bounds.length - 2;
    const periods = bounds.slice(0, -1).map((lo, i) => {
        const hi = bounds[i + 1];
        return {
            window: lo >= w.from && hi <= w.to,
            recent: lo >= w.recentFrom && hi <= w.to,
            baseline: lo >= w.baselineFrom && hi <= w.recentFrom && (i !== last || hi < w.recentFrom),
        };
    });
    const out = new Map();
    const add = (m, v, n) => void m.set(v, (m.get(v) ?? 0) + n);
    for (const r of rows) {
        const repository = String(r['repository']);
        const workflow = String(r['workflow']);
        const k = `${repository}\u0000${workflow}`;
        const e = out.get(k) ?? {
            repository,
            workflow,
            duration: new Map(),
            queue: new Map(),
            baseline: new Map(),
            recent: new Map(),
        };
        out.set(k, e);
        const p = periods[run_counts_num(r['seg'])];
        const v = run_counts_num(r['v']);
        const n = run_counts_num(r['n']);
        if (!p || n === 0)
            continue;
        if (String(r['kind']) === 'q') {
            if (p.window)
                add(e.queue, v, n);
            continue;
        }
        if (p.window)
            add(e.duration, v, n);
        if (p.recent)
            add(e.recent, v, n);
        if (p.baseline)
            add(e.baseline, v, n);
    }
    return [...out.values()];
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/sql-report.ts







const sql_report_DAY = 86_400;
const iso = (s) => new Date(s * 1000).toISOString();
const dayText = (day) => iso(day * sql_report_DAY).slice(0, 10);
const sql_report_num = (v) => Number(v ?? 0);
const sql_report_minutes = (s) => `${(s / 60).toFixed(1)} min`;
/** A job's queue time, as the `jobs_queues` index holds it. */
const STEP_GROUPS = ['workflow', 'job_name', 'name'];
const JOB_QUEUE = 'CASE WHEN started_at - created_at > 0 THEN started_at - created_at ELSE 0 END';
function sql_report_windowOf(options) {
    const windowDays = options.windowDays ?? 30;
    const to = options.now;
    const from = to - windowDays * sql_report_DAY;
    const recentFrom = to - (options.recentDays ?? 7) * sql_report_DAY;
    return { from, to, recentFrom, baselineFrom: recentFrom - windowDays * sql_report_DAY, windowDays };
}
function daysFrom(rows, from, to, key = '') {
    const byKey = new Map();
    for (const r of rows) {
        const k = key ? String(r[key]) : '';
        const m = byKey.get(k) ?? new Map();
        m.set(sql_report_num(r['day']), r);
        byKey.set(k, m);
    }
    const out = new Map();
    for (const [k, m] of byKey) {
        const list = [];
        for (let t = Math.floor(from / sql_report_DAY) * sql_report_DAY; t <= to; t += sql_report_DAY) {
            const day = Math.floor(t / sql_report_DAY);
            const r = m.get(day);
            const d = distributionOf(r, 'd');
            list.push({ day: dayText(day), runs: sql_report_num(r?.['runs']), p50: d.p50, p95: d.p95, successRate: successOf(r, 's') });
        }
        out.set(k, list);
    }
    return out;
}
/** Per-value counts of successful jobs' step durations over a window: the day counts, then the steps of the partial days. */
function stepCountsSql(repository, plan) {
    const g = STEP_GROUPS.join(', ');
    const days = daySegments(plan);
    const parts = [
        `SELECT ${g}, seconds AS v, SUM(n) AS c FROM step_seconds_daily WHERE repository = ? AND ${days.where} GROUP BY ${g}, seconds`,
    ];
    const params = [repository, ...days.whereParams];
    for (const e of plan.edges) {
        const edge = edgeSql(e, 's.run_created_at');
        parts.push(`SELECT ${g}, seconds AS v, SUM(n) AS c FROM (${STEP_SECONDS_DAILY.select(`s.repository = ? AND ${edge.sql}`)}) e GROUP BY ${g}, seconds`);
        params.push(repository, ...edge.params);
    }
    return { sql: `SELECT ${g}, v, SUM(c) AS c FROM (${parts.join(' UNION ALL ')}) u WHERE c > 0 GROUP BY ${g}, v`, params };
}
/**
 * The report of one repository computed by the database: the same figures, definitions and
 * JSON as `buildReport` over the same history, with percentiles, daily buckets and windows in
 * SQL. Memory holds the answers, not the runs.
 */
async function reportFromStore(store, repository, options) {
    const db = store.driver;
    const w = sql_report_windowOf(options);
    const maxMinutes = options.maxMinutes ?? 15;
    const regressionPercent = options.regressionPercent ?? 20;
    const state = await store.repository(repository);
    const defaultBranch = state?.defaultBranch ?? 'main';
    const inWindow = 'repository = ? AND created_at >= ? AND created_at <= ?';
    const win = [repository, w.from, w.to];
    const jobsWindow = 'repository = ? AND run_created_at >= ? AND run_created_at <= ?';
    const ok = "conclusion = 'success'";
    const queued = "conclusion <> 'cancelled' AND queue IS NOT NULL";
    // Step durations: the day counts of the window's whole days, the steps of its partial days.
    const stepSql = stepCountsSql(repository, planDays([w.from, w.to]));
    const environments = options.environments ?? [];
    const rest = Promise.all([
        regressionsFromStore(store, repository, w, { maxMinutes, regressionPercent }, options.budgetRunIds),
        store.deployments(repository).then(async (deployments) => {
            const inWindow = deployments.filter((d) => dora_isProduction(d, environments) && (d.finishedAt ?? d.createdAt) >= w.from && (d.finishedAt ?? d.createdAt) <= w.to);
            return { deployments, signatures: await signaturesFromStore(store, repository, defaultBranch, w, inWindow) };
        }),
        db.all('SELECT COUNT(*) AS runs, MIN(created_at) AS first FROM runs WHERE repository = ?', [repository]),
        sql_report_cacheFromStore(store, [repository], w),
        sql_report_scansFromStore(store, [repository], w),
        sql_report_reproducibilityFromStore(store, [repository], w),
    ]);
    // Awaited below, after the figures of the runs: a failure is thrown there, not left unhandled.
    rest.catch(() => undefined);
    // The queries are independent: all of them at once (the SQLite driver spreads them over its
    // reader threads, PostgreSQL over its pool), the longest, over the steps, first.
    const [stepRows, [totals], dayRows, wfRows, wfDayRows, jobCounts, jobDurations, jobQueues, flakyRows, pathRows, latestPaths] = await Promise.all([
        db.all(histogramDistribution({ groups: STEP_GROUPS, counts: stepSql.sql }, 'd'), stepSql.params),
        db.all(`SELECT COUNT(*) AS runs, ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)}, ${distributionColumns(db, 'queue', 'q', queued)} FROM runs WHERE ${inWindow}`, win),
        db.all(`SELECT day, COUNT(*) AS runs, ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)} FROM runs WHERE ${inWindow} GROUP BY day`, win),
        db.all(`SELECT workflow, COUNT(*) AS runs, SUM(CASE WHEN ${ok} THEN 1 ELSE 0 END) AS successes,
         SUM(CASE WHEN conclusion NOT IN ${IGNORED_SQL} AND conclusion <> 'success' THEN 1 ELSE 0 END) AS failures,
         SUM(CASE WHEN conclusion = 'cancelled' THEN 1 ELSE 0 END) AS cancelled,
         SUM(CASE WHEN attempt > 1 THEN 1 ELSE 0 END) AS retried,
         ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)}, ${distributionColumns(db, 'queue', 'q', queued)}
       FROM runs WHERE ${inWindow} GROUP BY workflow`, win),
        db.all(`SELECT workflow, day, COUNT(*) AS runs, ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)} FROM runs WHERE ${inWindow} GROUP BY workflow, day`, win),
        db.all(`SELECT workflow, name, COUNT(*) AS count, ${successColumns('conclusion', 's')} FROM jobs WHERE ${jobsWindow} GROUP BY workflow, name`, win),
        db.all(histogramDistribution({ groups: ['workflow', 'name'], value: 'completed_at - started_at', from: `jobs WHERE ${jobsWindow} AND ${ok}` }, 'd'), win),
        db.all(histogramDistribution({ groups: ['workflow', 'name'], value: JOB_QUEUE, from: `jobs WHERE ${jobsWindow} AND created_at IS NOT NULL` }, 'q'), win),
        db.all(`SELECT workflow, name, COUNT(*) AS flaky FROM (
         SELECT workflow, name, run_id FROM jobs WHERE ${jobsWindow} GROUP BY workflow, name, run_created_at, run_id
         HAVING SUM(CASE WHEN conclusion = 'failure' THEN 1 ELSE 0 END) > 0 AND SUM(CASE WHEN conclusion = 'success' THEN 1 ELSE 0 END) > 0
       ) f GROUP BY workflow, name`, win),
        db.all(`SELECT workflow, name, COUNT(*) AS runs FROM critical_path WHERE ${jobsWindow} GROUP BY workflow, name`, win),
        db.all(`SELECT r.workflow, r.run_id, r.duration, r.critical_path FROM runs r
       JOIN (SELECT workflow, MAX(created_at) AS at FROM runs WHERE ${inWindow} AND ${ok} AND critical_path <> '[]' GROUP BY workflow) l
         ON l.workflow = r.workflow AND l.at = r.created_at
       WHERE r.repository = ? AND r.conclusion = 'success' AND r.critical_path <> '[]' ORDER BY r.run_id`, [...win, repository]),
    ]);
    const wfDays = daysFrom(wfDayRows, w.from, w.to, 'workflow');
    const key = (r) => `${String(r['workflow'])}\u0000${String(r['name'])}`;
    const flaky = new Map(flakyRows.map((r) => [key(r), sql_report_num(r['flaky'])]));
    const onPath = new Map(pathRows.map((r) => [key(r), sql_report_num(r['runs'])]));
    const durations = new Map(jobDurations.map((r) => [key(r), r]));
    const queues = new Map(jobQueues.map((r) => [key(r), r]));
    const latest = new Map();
    for (const r of latestPaths) {
        if (latest.has(String(r['workflow'])))
            continue;
        latest.set(String(r['workflow']), {
            runId: sql_report_num(r['run_id']),
            seconds: sql_report_num(r['duration']),
            jobs: JSON.parse(String(r['critical_path'])),
        });
    }
    const workflows = wfRows
        .map((r) => {
        const workflow = String(r['workflow']);
        const successes = sql_report_num(r['successes']);
        const jobs = jobCounts
            .filter((j) => String(j['workflow']) === workflow)
            .map((j) => ({
            name: String(j['name']),
            count: sql_report_num(j['count']),
            duration: distributionOf(durations.get(key(j)), 'd'),
            queue: distributionOf(queues.get(key(j)), 'q'),
            successRate: successOf(j, 's'),
            flaky: flaky.get(key(j)) ?? 0,
            onCriticalPath: percentiles_ratio(onPath.get(key(j)) ?? 0, successes),
        }))
            .sort((a, b) => (b.duration.p50 ?? -1) - (a.duration.p50 ?? -1) || a.name.localeCompare(b.name));
        const slowestSteps = stepRows
            .filter((s) => String(s['workflow']) === workflow)
            .map((s) => ({ job: String(s['job_name']), step: String(s['name']), count: sql_report_num(s['d_n']), duration: distributionOf(s, 'd') }))
            .sort(bySlowestStep)
            .slice(0, 10);
        return {
            workflow,
            runs: sql_report_num(r['runs']),
            successes,
            failures: sql_report_num(r['failures']),
            cancelled: sql_report_num(r['cancelled']),
            retried: sql_report_num(r['retried']),
            successRate: successOf(r, 's'),
            duration: distributionOf(r, 'd'),
            queue: distributionOf(r, 'q'),
            jobs,
            slowestSteps,
            criticalPath: latest.get(workflow) ?? null,
            daily: wfDays.get(workflow) ?? [],
        };
    })
        .sort((a, b) => b.runs - a.runs || a.workflow.localeCompare(b.workflow));
    const [regressions, { deployments, signatures }, [history], cache, scans, reproducibility] = await rest;
    const first = history?.['first'];
    return {
        repository,
        generatedAt: iso(w.to),
        window: { from: iso(w.from), to: iso(w.to), days: w.windowDays },
        budgetMinutes: maxMinutes,
        regressionPercent,
        totals: {
            runs: sql_report_num(totals?.['runs']),
            successRate: successOf(totals, 's'),
            duration: distributionOf(totals, 'd'),
            queue: distributionOf(totals, 'q'),
            daily: daysFrom(dayRows, w.from, w.to).get('') ?? daysFrom([{ day: -1 }], w.from, w.to).get('') ?? [],
        },
        workflows,
        cache,
        signatures,
        scans,
        reproducibility,
        dora: dora_doraFigures(deployments, environments, w.from, w.to),
        regressions,
        historyRuns: sql_report_num(history?.['runs']),
        historyFrom: first === null || first === undefined ? null : iso(Number(first)),
    };
}
/** Cache hit rate per layer over the window. */
async function sql_report_cacheFromStore(store, repositories, w) {
    const rows = await windowCounts(store, OUTCOME_COUNTS_DAILY, repositories, w, ['layer', 'hit'], "type = 'cache'");
    const layers = new Map();
    for (const r of rows) {
        const layer = String(r['layer']);
        const e = layers.get(layer) ?? { total: 0, exact: 0, partial: 0, miss: 0 };
        const n = sql_report_num(r['n']);
        e.total += n;
        const hit = String(r['hit']);
        if (hit === 'exact' || hit === 'partial' || hit === 'miss')
            e[hit] += n;
        layers.set(layer, e);
    }
    return [...layers]
        .map(([layer, e]) => ({ layer, ...e, hitRate: percentiles_ratio(e.exact, e.total), restoreRate: percentiles_ratio(e.exact + e.partial, e.total) }))
        .sort((a, b) => a.layer.localeCompare(b.layer));
}
/** Scan gate decisions over the window. */
async function sql_report_scansFromStore(store, repositories, w) {
    const rows = await windowCounts(store, OUTCOME_COUNTS_DAILY, repositories, w, ['decision'], "type = 'scan'");
    const total = rows.reduce((t, r) => t + sql_report_num(r['n']), 0);
    const passed = rows.filter((r) => r['decision'] === 'pass').reduce((t, r) => t + sql_report_num(r['n']), 0);
    return { total, passed, passRate: percentiles_ratio(passed, total) };
}
/** Rebuild checks over the window. */
async function sql_report_reproducibilityFromStore(store, repositories, w) {
    const rows = await windowCounts(store, OUTCOME_COUNTS_DAILY, repositories, w, ['reproducible', 'hermetic'], "type = 'reproducibility'");
    const sum = (keep) => rows.filter(keep).reduce((t, r) => t + sql_report_num(r['n']), 0);
    const total = sum(() => true);
    const reproducible = sum((r) => sql_report_num(r['reproducible']) === 1);
    return {
        total,
        reproducible,
        rate: percentiles_ratio(reproducible, total),
        hermetic: sum((r) => r['hermetic'] === 'yes'),
        notIsolated: sum((r) => r['hermetic'] === 'not-isolated'),
    };
}
async function signaturesFromStore(store, repository, defaultBranch, w, deployments) {
    const [b] = await store.driver.all(`SELECT COUNT(*) AS builds, SUM(CASE WHEN COALESCE(s.n, 0) > 0 AND COALESCE(s.unsigned, 0) = 0 THEN 1 ELSE 0 END) AS signed
     FROM runs r LEFT JOIN (
       SELECT run_id, COUNT(*) AS n, SUM(CASE WHEN signed = 1 THEN 0 ELSE 1 END) AS unsigned FROM outcomes
       WHERE repository = ? AND type = 'signature' AND run_created_at >= ? AND run_created_at <= ? GROUP BY run_id
     ) s ON s.run_id = r.run_id
     WHERE r.repository = ? AND r.created_at >= ? AND r.created_at <= ? AND r.conclusion = 'success' AND r.branch = ?
       AND r.event <> 'pull_request' AND (r.artifacts > 0 OR COALESCE(s.n, 0) > 0)`, [repository, w.from, w.to, repository, w.from, w.to, defaultBranch]);
    const successful = deployments.filter((d) => d.state === 'success');
    const bySha = new Map();
    if (successful.length > 0) {
        for await (const v of store.driver.iterate("SELECT run_sha, environment, verified FROM outcomes WHERE repository = ? AND type = 'verification'", [repository])) {
            const list = bySha.get(String(v['run_sha'])) ?? [];
            list.push({ environment: typeof v['environment'] === 'string' ? v['environment'] : null, verified: sql_report_num(v['verified']) === 1 });
            bySha.set(String(v['run_sha']), list);
        }
    }
    const verified = successful.filter((d) => {
        const records = (bySha.get(d.sha) ?? []).filter((v) => v.environment === null || v.environment === d.environment);
        return records.length > 0 && records.every((v) => v.verified);
    }).length;
    const builds = sql_report_num(b?.['builds']);
    const signedBuilds = sql_report_num(b?.['signed']);
    return {
        builds,
        signedBuilds,
        coverage: percentiles_ratio(signedBuilds, builds),
        deployments: successful.length,
        verifiedDeployments: verified,
        verifiedCoverage: percentiles_ratio(verified, successful.length),
    };
}
/** Runs over the budget, and p50/p95 of the recent window against the baseline, per workflow. */
async function regressionsFromStore(store, repository, w, options, budgetRunIds) {
    const db = store.driver;
    const budgetSeconds = options.maxMinutes * 60;
    const over = [];
    if (budgetRunIds) {
        const ids = [...budgetRunIds];
        for (let i = 0; i < ids.length; i += 500) {
            const chunk = ids.slice(i, i + 500);
            over.push(...(await db.all(`SELECT workflow, run_id, duration FROM runs WHERE repository = ? AND run_id IN (${chunk.map(() => '?').join(', ')}) AND conclusion <> 'cancelled' AND duration > ?`, [repository, ...chunk, budgetSeconds])));
        }
    }
    else {
        over.push(...(await db.all("SELECT workflow, run_id, duration FROM runs WHERE repository = ? AND created_at >= ? AND created_at <= ? AND conclusion <> 'cancelled' AND duration > ?", [repository, w.recentFrom, w.to, budgetSeconds])));
    }
    const out = over
        .sort((a, b) => sql_report_num(b['duration']) - sql_report_num(a['duration']))
        .map((r) => ({
        kind: 'budget',
        workflow: String(r['workflow']),
        runId: sql_report_num(r['run_id']),
        seconds: sql_report_num(r['duration']),
        budgetSeconds,
        message: `${String(r['workflow'])} run ${sql_report_num(r['run_id'])} took ${sql_report_minutes(sql_report_num(r['duration']))}, over the ${options.maxMinutes}-minute budget`,
    }));
    out.push(...(await sql_report_percentileRises(store, [repository], w, options)).flatMap((r) => r.regressions));
    return out;
}
/** p50/p95 of successful runs, recent window against the baseline before it, per repository and workflow (from the day counts). */
async function sql_report_percentileRises(store, repositories, w, options, values) {
    const sides = [...(values ?? (await run_counts_runValues(store, repositories, w)))].filter((e) => e.baseline.size > 0 || e.recent.size > 0);
    const min = options.minSamples ?? 5;
    const out = [];
    for (const e of sides.sort((a, b) => a.repository.localeCompare(b.repository) || a.workflow.localeCompare(b.workflow))) {
        const now = percentiles_distributionOfCounts(e.recent);
        const before = percentiles_distributionOfCounts(e.baseline);
        const rise = { repository: e.repository, workflow: e.workflow, regressions: [], percent: null };
        if (now.count >= min && before.count >= min) {
            for (const kind of ['p50', 'p95']) {
                const value = now[kind] ?? 0;
                const base = before[kind] ?? 0;
                if (base <= 0)
                    continue;
                const percent = ((value - base) / base) * 100;
                rise.percent = Math.max(rise.percent ?? -Infinity, percent);
                if (percent > options.regressionPercent)
                    rise.regressions.push({
                        kind,
                        workflow: e.workflow,
                        seconds: value,
                        baselineSeconds: base,
                        percent,
                        message: `${e.workflow} ${kind} rose ${percent.toFixed(0)}% to ${sql_report_minutes(value)} (baseline ${sql_report_minutes(base)}; allowed +${options.regressionPercent}%)`,
                    });
            }
        }
        out.push(rise);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/org-report.ts



const org_report_iso = (s) => new Date(s * 1000).toISOString();
/** The organisation's report from the repositories named `ORG/...` in the store (or those given). */
async function orgReportFromStore(store, organisation, options) {
    const w = windowOf(options);
    const maxMinutes = options.maxMinutes ?? 15;
    const regressionPercent = options.regressionPercent ?? 20;
    const known = await store.repositories(options.repositories ? undefined : `${organisation}/`);
    const wanted = options.repositories ? new Set(options.repositories) : undefined;
    const names = wanted ? [...wanted] : known.map((r) => r.repository);
    const defaultBranch = new Map(known.map((r) => [r.repository, r.defaultBranch]));
    const empty = { count: 0, p50: null, p95: null, mean: null, max: null };
    const base = {
        organisation,
        generatedAt: org_report_iso(w.to),
        window: { from: org_report_iso(w.from), to: org_report_iso(w.to), days: w.windowDays },
        budgetMinutes: maxMinutes,
        regressionPercent,
        totals: { repositories: names.length, runs: 0, successRate: null, duration: empty, queue: empty, signatureCoverage: null },
        slowest: [],
        mostRegressed: [],
        repositories: [],
        cache: [],
        scans: { total: 0, passed: 0, passRate: null },
        reproducibility: { total: 0, reproducible: 0, rate: null, hermetic: 0, notIsolated: 0 },
    };
    if (names.length === 0)
        return base;
    // Counts and per-value counts from the day counts: one pass over each for the whole report.
    const [counts, values, cache, scans, reproducibility] = await Promise.all([
        runCounts(store, names, w),
        runValues(store, names, w),
        cacheFromStore(store, names, w),
        scansFromStore(store, names, w),
        reproducibilityFromStore(store, names, w),
    ]);
    const rises = await percentileRises(store, names, w, { maxMinutes, regressionPercent }, values);
    const perRepo = new Map();
    const entry = (repository) => {
        const e = perRepo.get(repository) ?? { runs: 0, ok: 0, counted: 0, builds: 0, signed: 0, duration: new Map(), queue: new Map() };
        perRepo.set(repository, e);
        return e;
    };
    for (const c of counts) {
        const e = entry(c.repository);
        e.runs += c.runs;
        e.ok += c.ok;
        e.counted += c.counted;
        if (c.branch === defaultBranch.get(c.repository)) {
            e.builds += c.builds;
            e.signed += c.signed;
        }
    }
    for (const v of values) {
        const e = perRepo.get(v.repository);
        if (!e)
            continue;
        addCounts(e.duration, v.duration);
        addCounts(e.queue, v.queue);
    }
    const all = { runs: 0, ok: 0, counted: 0, builds: 0, signed: 0, duration: new Map(), queue: new Map() };
    for (const e of perRepo.values()) {
        all.runs += e.runs;
        all.ok += e.ok;
        all.counted += e.counted;
        all.builds += e.builds;
        all.signed += e.signed;
        addCounts(all.duration, e.duration);
        addCounts(all.queue, e.queue);
    }
    const figures = [...perRepo].map(([repository, e]) => {
        const mine = rises.filter((x) => x.repository === repository && x.percent !== null);
        const top = mine.sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0))[0];
        return {
            repository,
            runs: e.runs,
            successRate: ratio(e.ok, e.counted),
            duration: distributionOfCounts(e.duration),
            queue: distributionOfCounts(e.queue),
            rise: top?.percent ?? null,
            risingWorkflow: top?.workflow ?? null,
            regressions: rises.filter((x) => x.repository === repository).reduce((n, x) => n + x.regressions.length, 0),
            signatureCoverage: e.builds > 0 ? ratio(e.signed, e.builds) : null,
        };
    });
    const byP95 = (a, b) => (b.duration.p95 ?? -1) - (a.duration.p95 ?? -1) || a.repository.localeCompare(b.repository);
    const byRise = (a, b) => (b.rise ?? -Infinity) - (a.rise ?? -Infinity) || byP95(a, b);
    return {
        ...base,
        totals: {
            repositories: names.length,
            runs: all.runs,
            successRate: ratio(all.ok, all.counted),
            duration: distributionOfCounts(all.duration),
            queue: distributionOfCounts(all.queue),
            signatureCoverage: ratio(all.signed, all.builds),
        },
        slowest: [...figures].sort(byP95),
        mostRegressed: figures.filter((f) => f.rise !== null && f.rise > 0).sort(byRise),
        repositories: [...figures].sort((a, b) => b.regressions - a.regressions || byRise(a, b)),
        cache,
        scans,
        reproducibility,
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/openmetrics.ts
const openmetrics_escape = (v) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labelText = (labels) => {
    const parts = Object.entries(labels).map(([k, v]) => `${k}="${openmetrics_escape(v)}"`);
    return parts.length > 0 ? `{${parts.join(',')}}` : '';
};
const value = (n) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15))));
class Families {
    byName = new Map();
    add(name, help, labels, v, at, unit) {
        if (v === null || v === undefined || !Number.isFinite(v))
            return;
        let f = this.byName.get(name);
        if (!f)
            this.byName.set(name, (f = { name, help, ...(unit ? { unit } : {}), samples: [] }));
        f.samples.push(`${name}${labelText(labels)} ${value(v)} ${value(at)}`);
    }
    text() {
        const out = [];
        for (const f of this.byName.values()) {
            out.push(`# TYPE ${f.name} gauge`);
            if (f.unit)
                out.push(`# UNIT ${f.name} ${f.unit}`);
            out.push(`# HELP ${f.name} ${f.help}`);
            out.push(...f.samples);
        }
        out.push('# EOF');
        return `${out.join('\n')}\n`;
    }
}
/** The metric names, so dashboards and tests spell them once. */
const METRIC = {
    runs: 'slipway_ci_runs',
    p50: 'slipway_ci_run_duration_p50_seconds',
    p95: 'slipway_ci_run_duration_p95_seconds',
    success: 'slipway_ci_success_ratio',
    queueP50: 'slipway_ci_queue_p50_seconds',
    dailyP50: 'slipway_ci_daily_run_duration_p50_seconds',
    dailyP95: 'slipway_ci_daily_run_duration_p95_seconds',
    dailyRuns: 'slipway_ci_daily_runs',
    cacheHit: 'slipway_ci_cache_hit_ratio',
    signatures: 'slipway_ci_signature_coverage_ratio',
    scans: 'slipway_ci_scan_pass_ratio',
    reproducible: 'slipway_ci_reproducible_ratio',
    deploysPerDay: 'slipway_ci_deployments_per_day',
    leadTime: 'slipway_ci_lead_time_p50_seconds',
    changeFailure: 'slipway_ci_change_failure_ratio',
    recovery: 'slipway_ci_recovery_time_p50_seconds',
};
/** OpenMetrics text of one or many repositories' reports, ending with `# EOF`. */
function openMetricsText(reports) {
    const f = new Families();
    for (const r of reports) {
        const at = Date.parse(r.window.to) / 1000;
        const repo = { repository: r.repository };
        const scopes = [
            {
                labels: repo,
                runs: r.totals.runs,
                successRate: r.totals.successRate,
                p50: r.totals.duration.p50,
                p95: r.totals.duration.p95,
                queue: r.totals.queue.p50,
                daily: r.totals.daily,
            },
            ...r.workflows.map((w) => ({
                labels: { ...repo, workflow: w.workflow },
                runs: w.runs,
                successRate: w.successRate,
                p50: w.duration.p50,
                p95: w.duration.p95,
                queue: w.queue.p50,
                daily: w.daily,
            })),
        ];
        for (const s of scopes) {
            f.add(METRIC.runs, `Runs created in the last ${r.window.days} days`, s.labels, s.runs, at);
            f.add(METRIC.p50, 'Median duration of successful runs in the window', s.labels, s.p50, at, 'seconds');
            f.add(METRIC.p95, '95th percentile duration of successful runs in the window', s.labels, s.p95, at, 'seconds');
            f.add(METRIC.success, 'Share of runs that succeeded, cancelled and skipped left out', s.labels, s.successRate, at);
            f.add(METRIC.queueP50, 'Median time from a run starting to its first job starting', s.labels, s.queue, at, 'seconds');
        }
        // The daily trend, oldest first within each series.
        for (const s of scopes) {
            for (const d of s.daily) {
                const dayEnd = Math.min(Date.parse(`${d.day}T23:59:59Z`) / 1000, at);
                f.add(METRIC.dailyRuns, 'Runs created that day (UTC)', s.labels, d.runs, dayEnd);
            }
        }
        for (const s of scopes)
            for (const d of s.daily)
                f.add(METRIC.dailyP50, 'Median duration of successful runs that day', s.labels, d.p50, Math.min(Date.parse(`${d.day}T23:59:59Z`) / 1000, at), 'seconds');
        for (const s of scopes)
            for (const d of s.daily)
                f.add(METRIC.dailyP95, '95th percentile duration of successful runs that day', s.labels, d.p95, Math.min(Date.parse(`${d.day}T23:59:59Z`) / 1000, at), 'seconds');
        for (const c of r.cache)
            f.add(METRIC.cacheHit, 'Share of cache lookups that hit the exact key', { ...repo, layer: c.layer }, c.hitRate, at);
        f.add(METRIC.signatures, 'Share of default-branch builds whose artifacts were all signed', repo, r.signatures.coverage, at);
        f.add(METRIC.scans, 'Share of scan gate decisions that passed', repo, r.scans.passRate, at);
        f.add(METRIC.reproducible, 'Share of rebuild checks that gave the same bytes', repo, r.reproducibility.rate, at);
        f.add(METRIC.deploysPerDay, 'Successful production deployments per day (DORA deployment frequency)', repo, r.dora.deploymentsPerDay, at);
        f.add(METRIC.leadTime, 'Median time from commit to its successful production deployment (DORA)', repo, r.dora.leadTime.p50, at, 'seconds');
        f.add(METRIC.changeFailure, 'Failed production deployments over all finished ones (DORA)', repo, r.dora.changeFailureRate, at);
        f.add(METRIC.recovery, 'Median time from a failed deployment to the next successful one (DORA)', repo, r.dora.recoveryTime.p50, at, 'seconds');
    }
    return f.text();
}

;// CONCATENATED MODULE: ./packages/metrics/src/format.ts
/** Seconds as minutes with one decimal ("4.2 min"), or an em dash when there is no value. */
function format_minutes(seconds) {
    return seconds === null || seconds === undefined ? '\u2014' : `${(seconds / 60).toFixed(1)} min`;
}
/** A share in [0, 1] as a percentage ("97.5%"), or an em dash. */
function format_percent(share) {
    return share === null || share === undefined ? '\u2014' : `${(share * 100).toFixed(1)}%`;
}
/** A long span in the unit that reads best: minutes, hours or days. */
function span(seconds) {
    if (seconds === null || seconds === undefined)
        return '\u2014';
    if (seconds < 3600)
        return `${(seconds / 60).toFixed(0)} min`;
    if (seconds < 2 * 86_400)
        return `${(seconds / 3600).toFixed(1)} h`;
    return `${(seconds / 86_400).toFixed(1)} d`;
}
/** Deployments per day as people say it: per day, or per week when rarer than daily. */
function frequency(perDay) {
    if (perDay >= 1)
        return `${perDay.toFixed(1)}/day`;
    return `${(perDay * 7).toFixed(1)}/week`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/svg-charts.ts

const fmt = (n) => (Math.round(n * 10) / 10).toString();
/** Round tick steps (1, 2, 5 \u00d7 10^k) covering 0..max in about `count` steps. */
function niceTicks(max, count = 5) {
    if (!(max > 0))
        return [0, 1];
    const raw = max / count;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
    const ticks = [];
    for (let t = 0; t <= max + step * 0.999; t += step)
        ticks.push(Number(t.toPrecision(12)));
    return ticks;
}
/**
 * A line chart as an inline SVG element: x is the index of `labels`, y starts at zero. A
 * `threshold` draws a dashed horizontal line (the budget). Every element carries a <title>,
 * so values show on hover without any script.
 */
function lineChart(opts) {
    const width = opts.width ?? 720;
    const height = opts.height ?? 260;
    const m = { left: 48, right: 16, top: 28, bottom: 36 };
    const plotW = width - m.left - m.right;
    const plotH = height - m.top - m.bottom;
    const all = opts.series.flatMap((s) => s.values.filter((v) => v !== null));
    const ticks = niceTicks(Math.max(...all, opts.threshold?.value ?? 0, 0));
    const top = ticks[ticks.length - 1] ?? 1;
    const n = Math.max(opts.labels.length, 1);
    const x = (i) => m.left + (n === 1 ? plotW / 2 : (i / (n - 1)) * plotW);
    const y = (v) => m.top + plotH - (v / top) * plotH;
    const parts = [];
    parts.push(`<text x="${m.left}" y="16" class="chart-title">${(0,src/* escapeHtml */.ZD)(opts.title)}</text>`);
    for (const t of ticks) {
        parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${fmt(y(t))}" y2="${fmt(y(t))}" class="grid"/>`);
        parts.push(`<text x="${m.left - 6}" y="${fmt(y(t) + 4)}" text-anchor="end" class="tick">${fmt(t)}</text>`);
    }
    const every = Math.max(1, Math.ceil(n / 8));
    opts.labels.forEach((label, i) => {
        if (i % every === 0 || i === n - 1)
            parts.push(`<text x="${fmt(x(i))}" y="${height - m.bottom + 16}" text-anchor="middle" class="tick">${(0,src/* escapeHtml */.ZD)(label)}</text>`);
    });
    parts.push(`<text x="12" y="${fmt(m.top + plotH / 2)}" transform="rotate(-90 12 ${fmt(m.top + plotH / 2)})" text-anchor="middle" class="tick">${(0,src/* escapeHtml */.ZD)(opts.unit)}</text>`);
    if (opts.threshold) {
        const ty = fmt(y(opts.threshold.value));
        parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${ty}" y2="${ty}" class="budget"><title>${(0,src/* escapeHtml */.ZD)(opts.threshold.label)}</title></line>`);
        parts.push(`<text x="${width - m.right}" y="${fmt(y(opts.threshold.value) - 4)}" text-anchor="end" class="budget-label">${(0,src/* escapeHtml */.ZD)(opts.threshold.label)}</text>`);
    }
    for (const s of opts.series) {
        let segment = [];
        const flush = () => {
            if (segment.length > 1)
                parts.push(`<polyline points="${segment.join(' ')}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="4 3"' : ''}/>`);
            segment = [];
        };
        s.values.forEach((v, i) => {
            if (v === null)
                return flush();
            segment.push(`${fmt(x(i))},${fmt(y(v))}`);
            parts.push(`<circle cx="${fmt(x(i))}" cy="${fmt(y(v))}" r="2.5" fill="${s.color}"><title>${(0,src/* escapeHtml */.ZD)(`${s.name} ${opts.labels[i] ?? ''}: ${fmt(v)} ${opts.unit}`)}</title></circle>`);
        });
        flush();
    }
    const legend = opts.series.map((s, i) => `<g transform="translate(${width - m.right - (opts.series.length - i) * 90},6)"><rect width="10" height="10" fill="${s.color}"/><text x="14" y="9" class="tick">${(0,src/* escapeHtml */.ZD)(s.name)}</text></g>`);
    return `<svg class="chart" role="img" aria-label="${(0,src/* escapeHtml */.ZD)(opts.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}${legend.join('')}</svg>`;
}
/** A horizontal bar chart as an inline SVG element. */
function svg_charts_barChart(opts) {
    const width = opts.width ?? 720;
    const row = 22;
    const m = { left: 200, right: 60, top: 28, bottom: 24 };
    const height = m.top + m.bottom + Math.max(1, opts.bars.length) * row;
    const ticks = niceTicks(Math.max(...opts.bars.map((b) => Math.max(b.value, b.marker ?? 0)), 0), 4);
    const top = ticks[ticks.length - 1] ?? 1;
    const plotW = width - m.left - m.right;
    const x = (v) => m.left + (v / top) * plotW;
    const parts = [`<text x="8" y="16" class="chart-title">${(0,src/* escapeHtml */.ZD)(opts.title)}</text>`];
    for (const t of ticks) {
        parts.push(`<line x1="${fmt(x(t))}" x2="${fmt(x(t))}" y1="${m.top - 4}" y2="${height - m.bottom}" class="grid"/>`);
        parts.push(`<text x="${fmt(x(t))}" y="${height - 8}" text-anchor="middle" class="tick">${fmt(t)}</text>`);
    }
    opts.bars.forEach((b, i) => {
        const yTop = m.top + i * row;
        const label = b.label.length > 30 ? `${b.label.slice(0, 29)}\u2026` : b.label;
        parts.push(`<text x="${m.left - 6}" y="${yTop + 14}" text-anchor="end" class="tick">${(0,src/* escapeHtml */.ZD)(label)}</text>`);
        parts.push(`<rect x="${m.left}" y="${yTop + 3}" width="${fmt(Math.max(1, x(b.value) - m.left))}" height="${row - 8}" fill="${opts.color ?? '#3b82f6'}"><title>${(0,src/* escapeHtml */.ZD)(`${b.label}: ${fmt(b.value)} ${opts.unit}${b.note ? ` (${b.note})` : ''}`)}</title></rect>`);
        if (b.marker !== undefined)
            parts.push(`<line x1="${fmt(x(b.marker))}" x2="${fmt(x(b.marker))}" y1="${yTop + 1}" y2="${yTop + row - 3}" class="marker"><title>${(0,src/* escapeHtml */.ZD)(`p95 ${fmt(b.marker)} ${opts.unit}`)}</title></line>`);
        parts.push(`<text x="${fmt(Math.max(x(b.value), x(b.marker ?? 0)) + 6)}" y="${yTop + 14}" class="tick">${(0,src/* escapeHtml */.ZD)(b.note ?? fmt(b.value))}</text>`);
    });
    return `<svg class="chart" role="img" aria-label="${(0,src/* escapeHtml */.ZD)(opts.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/dashboard-html.ts



const e = src/* escapeHtml */.ZD;
const m = (s) => (s === null ? null : Math.round((s / 60) * 10) / 10);
// Everything inline: no scripts, fonts or images from anywhere, so the page works from a file,
// from Pages, and under a Content-Security-Policy that forbids everything but inline styles.
const dashboard_html_STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--panel:#f6f8fa;--line:#d1d9e0;--warn:#9a6700;--warnbg:#fff8c5;--ok:#1a7f37}
*{box-sizing:border-box}body{margin:0;padding:24px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
.sub{color:var(--muted);margin:0 0 16px}.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px}
.tile{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px 12px}.tile .k{color:var(--muted);font-size:12px}
.tile .v{font-size:22px;font-weight:600}.tile .n{color:var(--muted);font-size:12px}
.callout{border-left:4px solid var(--warn);background:var(--warnbg);padding:8px 12px;border-radius:4px;margin:12px 0}
.callout.ok{border-color:var(--ok);background:#dafbe1}.charts{display:flex;flex-wrap:wrap;gap:16px}
.chart{background:var(--panel);border:1px solid var(--line);border-radius:8px;max-width:100%;height:auto}
.chart-title{font-size:13px;font-weight:600;fill:var(--fg)}.tick{font-size:11px;fill:var(--muted)}
.grid{stroke:var(--line);stroke-width:1}.budget{stroke:#cf222e;stroke-width:1.5;stroke-dasharray:6 4}.budget-label{font-size:11px;fill:#cf222e}
.marker{stroke:#1f2328;stroke-width:2}table{border-collapse:collapse;margin:8px 0;font-size:13px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}th{background:var(--panel)}
footer{margin-top:32px;color:var(--muted);font-size:12px}`;
function dashboard_html_tile(key, value, note = '') {
    return `<div class="tile"><div class="k">${e(key)}</div><div class="v">${e(value)}</div><div class="n">${e(note)}</div></div>`;
}
function dashboard_html_table(header, rows) {
    const head = header.map((h) => `<th>${e(h)}</th>`).join('');
    const body = rows.map((r) => `<tr>${r.map((c) => `<td>${e(String(c))}</td>`).join('')}</tr>`).join('');
    return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
function trendChart(title, daily, budgetMinutes) {
    return lineChart({
        title,
        labels: daily.map((d) => d.day.slice(5)),
        series: [
            { name: 'p95', color: '#d97706', values: daily.map((d) => m(d.p95)) },
            { name: 'p50', color: '#2563eb', values: daily.map((d) => m(d.p50)) },
        ],
        unit: 'minutes',
        threshold: { value: budgetMinutes, label: `budget ${budgetMinutes} min` },
    });
}
function workflowSection(w, budgetMinutes) {
    const jobs = w.jobs.slice(0, 20);
    const parts = [
        `<h2>${e(w.workflow)}</h2>`,
        `<div class="tiles">${dashboard_html_tile('Runs', String(w.runs), `${w.retried} retried, ${w.cancelled} cancelled`)}${dashboard_html_tile('Success rate', format_percent(w.successRate), `${w.successes} ok, ${w.failures} failed`)}${dashboard_html_tile('p50', format_minutes(w.duration.p50))}${dashboard_html_tile('p95', format_minutes(w.duration.p95))}${dashboard_html_tile('Queue p50', format_minutes(w.queue.p50))}</div>`,
        `<div class="charts">${trendChart(`${w.workflow}: daily run duration`, w.daily, budgetMinutes)}`,
        svg_charts_barChart({
            title: `${w.workflow}: jobs, p50 (bar) and p95 (mark), minutes`,
            unit: 'min',
            bars: jobs.map((j) => ({
                label: j.name,
                value: m(j.duration.p50) ?? 0,
                ...(j.duration.p95 === null ? {} : { marker: m(j.duration.p95) ?? 0 }),
                note: `${format_minutes(j.duration.p50)}`,
            })),
        }),
        `</div>`,
        dashboard_html_table(['Job', 'Runs', 'p50', 'p95', 'Success rate', 'Flaky runs', 'On critical path'], jobs.map((j) => [
            j.name,
            j.count,
            format_minutes(j.duration.p50),
            format_minutes(j.duration.p95),
            format_percent(j.successRate),
            j.flaky,
            format_percent(j.onCriticalPath),
        ])),
    ];
    if (w.criticalPath) {
        parts.push(`<p>Critical path of run ${w.criticalPath.runId} (${e(format_minutes(w.criticalPath.seconds))}): ${w.criticalPath.jobs.map((j) => `${e(j.name)} (${e(format_minutes(j.seconds))})`).join(' \u2192 ')}</p>`);
    }
    if (w.slowestSteps.length > 0) {
        parts.push(dashboard_html_table(['Slowest step', 'Job', 'Count', 'p50', 'p95'], w.slowestSteps.map((s) => [s.step, s.job, s.count, format_minutes(s.duration.p50), format_minutes(s.duration.p95)])));
    }
    return parts.join('\n');
}
/** The dashboard: one static, self-contained HTML page with inline SVG charts. */
function dashboardHtml(report) {
    const d = report.dora;
    const s = report.signatures;
    const regressions = report.regressions.length > 0
        ? `<div class="callout"><strong>${report.regressions.length} regression(s)</strong><ul>${report.regressions
            .slice(0, 20)
            .map((r) => `<li>${e(r.message)}</li>`)
            .join('')}</ul></div>`
        : `<div class="callout ok">No regressions: runs are within the ${report.budgetMinutes}-minute budget and p50/p95 hold against the baseline.</div>`;
    const body = [
        `<h1>CI metrics: ${e(report.repository)}</h1>`,
        `<p class="sub">Last ${report.window.days} days, ${e(report.window.from.slice(0, 10))} to ${e(report.window.to.slice(0, 10))}; ${report.historyRuns} runs in the history. Generated ${e(report.generatedAt)}.</p>`,
        regressions,
        `<h2>Overview</h2><div class="tiles">${dashboard_html_tile('Runs', String(report.totals.runs))}${dashboard_html_tile('Success rate', format_percent(report.totals.successRate), 'cancelled runs left out')}${dashboard_html_tile('Duration p50', format_minutes(report.totals.duration.p50), 'successful runs')}${dashboard_html_tile('Duration p95', format_minutes(report.totals.duration.p95), `budget ${report.budgetMinutes} min`)}${dashboard_html_tile('Queue p50', format_minutes(report.totals.queue.p50))}</div>`,
        `<h2>DORA</h2><div class="tiles">${dashboard_html_tile('Deployment frequency', frequency(d.deploymentsPerDay), `${d.deployments} successful production deploys`)}${dashboard_html_tile('Lead time for changes', span(d.leadTime.p50), `median of ${d.leadTime.count} commits; p95 ${span(d.leadTime.p95)}`)}${dashboard_html_tile('Change failure rate', format_percent(d.changeFailureRate), `${d.failedDeployments} failed`)}${dashboard_html_tile('Failed deployment recovery', span(d.recoveryTime.p50), `median of ${d.recoveryTime.count}; ${d.unrecovered} not yet recovered`)}</div>`,
        `<h2>Supply chain and caching</h2><div class="tiles">${dashboard_html_tile('Signature coverage', format_percent(s.coverage), `${s.signedBuilds} of ${s.builds} builds signed`)}${dashboard_html_tile('Deploys verified', format_percent(s.verifiedCoverage), `${s.verifiedDeployments} of ${s.deployments}`)}${dashboard_html_tile('Scan pass rate', format_percent(report.scans.passRate), `${report.scans.passed} of ${report.scans.total}`)}${dashboard_html_tile('Reproducible builds', format_percent(report.reproducibility.rate), `${report.reproducibility.reproducible} of ${report.reproducibility.total} rebuilt identically`)}${report.cache.map((c) => dashboard_html_tile(`Cache hit rate: ${c.layer}`, format_percent(c.hitRate), `${format_percent(c.restoreRate)} restored incl. partial`)).join('')}</div>`,
        `<div class="charts">${trendChart('All workflows: daily run duration', report.totals.daily, report.budgetMinutes)}</div>`,
        ...report.workflows.slice(0, 6).map((w) => workflowSection(w, report.budgetMinutes)),
        `<footer>Definitions: duration is a successful run's latest attempt from its start to its last job's end; percentiles interpolate between ranks. Made by Slipway ci-metrics.</footer>`,
    ];
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>CI metrics: ${e(report.repository)}</title><style>${dashboard_html_STYLE}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/org-dashboard-html.ts




const org_dashboard_html_e = (/* unused pure expression or super */ null && (escapeHtml));
const org_dashboard_html_m = (s) => (s === null ? 0 : Math.round((s / 60) * 10) / 10);
const rise = (r) => (r.rise === null ? '\u2014' : `${r.rise >= 0 ? '+' : ''}${r.rise.toFixed(0)}%`);
/** The organisation view: one static page, the slowest and most-regressed repositories first. */
function orgDashboardHtml(report, options = {}) {
    const t = report.totals;
    const name = (r) => options.repositoryHref ? `<a href="${org_dashboard_html_e(options.repositoryHref(r.repository))}">${org_dashboard_html_e(r.repository)}</a>` : org_dashboard_html_e(r.repository);
    const rows = (list) => table(['Repository', 'Runs', 'Success rate', 'p50', 'p95', 'Queue p50', 'Rise (recent vs baseline)', 'Regressions', 'Signed builds'], list.map((r) => [
        r.repository,
        r.runs,
        percent(r.successRate),
        minutes(r.duration.p50),
        minutes(r.duration.p95),
        minutes(r.queue.p50),
        `${rise(r)}${r.risingWorkflow ? ` (${r.risingWorkflow})` : ''}`,
        r.regressions,
        percent(r.signatureCoverage),
    ])).replace(/<td>([^<]+\/[^<]+)<\/td>/g, (all, repo) => {
        const found = list.find((r) => org_dashboard_html_e(r.repository) === repo);
        return found ? `<td>${name(found)}</td>` : all;
    });
    const body = [
        `<h1>CI metrics: ${org_dashboard_html_e(report.organisation)}</h1>`,
        `<p class="sub">${t.repositories} repositories, last ${report.window.days} days, ${org_dashboard_html_e(report.window.from.slice(0, 10))} to ${org_dashboard_html_e(report.window.to.slice(0, 10))}. Generated ${org_dashboard_html_e(report.generatedAt)}.</p>`,
        `<h2>Organisation</h2><div class="tiles">${tile('Repositories', String(t.repositories))}${tile('Runs', String(t.runs))}${tile('Success rate', percent(t.successRate), 'cancelled runs left out')}${tile('Duration p50', minutes(t.duration.p50), 'successful runs')}${tile('Duration p95', minutes(t.duration.p95), `budget ${report.budgetMinutes} min`)}${tile('Queue p50', minutes(t.queue.p50))}${tile('Signature coverage', percent(t.signatureCoverage))}${tile('Scan pass rate', percent(report.scans.passRate), `${report.scans.passed} of ${report.scans.total}`)}${tile('Reproducible builds', percent(report.reproducibility.rate), `${report.reproducibility.reproducible} of ${report.reproducibility.total}`)}${report.cache.map((c) => tile(`Cache hit rate: ${c.layer}`, percent(c.hitRate))).join('')}</div>`,
        `<h2>Most regressed</h2>`,
        report.mostRegressed.length > 0
            ? rows(report.mostRegressed.slice(0, 20))
            : `<div class="callout ok">No repository's p50 or p95 rose against its baseline.</div>`,
        `<h2>Slowest</h2><div class="charts">${barChart({
            title: 'Slowest repositories: p50 (bar) and p95 (mark), minutes',
            unit: 'min',
            bars: report.slowest
                .slice(0, 20)
                .map((r) => ({ label: r.repository, value: org_dashboard_html_m(r.duration.p50), marker: org_dashboard_html_m(r.duration.p95), note: minutes(r.duration.p95) })),
        })}</div>`,
        rows(report.slowest.slice(0, 20)),
        `<h2>Every repository</h2>`,
        rows(report.repositories),
        `<footer>Rise: the largest increase of a workflow's p50 or p95 over the last ${org_dashboard_html_e(String(report.window.days))} days' baseline. Made by Slipway ci-metrics.</footer>`,
    ];
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>CI metrics: ${org_dashboard_html_e(report.organisation)}</title><style>${STYLE}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/outcome-figures.ts

/** Cache hit rate per layer, from cache-setup's records. */
function outcome_figures_cacheFigures(runs) {
    const layers = new Map();
    for (const run of runs) {
        for (const o of run.outcomes) {
            if (o.type !== 'cache')
                continue;
            let f = layers.get(o.layer);
            if (!f)
                layers.set(o.layer, (f = { layer: o.layer, total: 0, exact: 0, partial: 0, miss: 0, hitRate: null, restoreRate: null }));
            f.total += 1;
            f[o.hit] += 1;
        }
    }
    return [...layers.values()]
        .map((f) => ({ ...f, hitRate: ratio(f.exact, f.total), restoreRate: ratio(f.exact + f.partial, f.total) }))
        .sort((a, b) => a.layer.localeCompare(b.layer));
}
function outcome_figures_signatureFigures(runs, deployments, allRuns, defaultBranch) {
    let builds = 0;
    let signedBuilds = 0;
    for (const run of runs) {
        // Pull-request builds are not released, so they are not expected to be signed.
        if (run.conclusion !== 'success' || run.branch !== defaultBranch || run.event === 'pull_request')
            continue;
        const signatures = run.outcomes.filter((o) => o.type === 'signature');
        if (run.artifacts === 0 && signatures.length === 0)
            continue;
        builds += 1;
        if (signatures.length > 0 && signatures.every((s) => s.signed))
            signedBuilds += 1;
    }
    // A deployment is verified by any run of its commit (verify-deploy often runs in the deploy workflow).
    const verifiedBySha = new Map();
    for (const run of allRuns) {
        for (const o of run.outcomes) {
            if (o.type !== 'verification')
                continue;
            const list = verifiedBySha.get(run.sha) ?? [];
            list.push(o);
            verifiedBySha.set(run.sha, list);
        }
    }
    const successful = deployments.filter((d) => d.state === 'success');
    const verified = successful.filter((d) => {
        const records = (verifiedBySha.get(d.sha) ?? []).filter((v) => v.environment === undefined || v.environment === d.environment);
        return records.length > 0 && records.every((v) => v.verified);
    });
    return {
        builds,
        signedBuilds,
        coverage: ratio(signedBuilds, builds),
        deployments: successful.length,
        verifiedDeployments: verified.length,
        verifiedCoverage: ratio(verified.length, successful.length),
    };
}
function outcome_figures_scanFigures(runs) {
    let total = 0;
    let passed = 0;
    for (const run of runs) {
        for (const o of run.outcomes) {
            if (o.type !== 'scan')
                continue;
            total += 1;
            if (o.decision === 'pass')
                passed += 1;
        }
    }
    return { total, passed, passRate: ratio(passed, total) };
}
function outcome_figures_reproducibilityFigures(runs) {
    const f = { total: 0, reproducible: 0, rate: null, hermetic: 0, notIsolated: 0 };
    for (const run of runs) {
        for (const o of run.outcomes) {
            if (o.type !== 'reproducibility')
                continue;
            f.total += 1;
            if (o.reproducible)
                f.reproducible += 1;
            if (o.hermetic === 'yes')
                f.hermetic += 1;
            if (o.hermetic === 'not-isolated')
                f.notIsolated += 1;
        }
    }
    return { ...f, rate: ratio(f.reproducible, f.total) };
}

;// CONCATENATED MODULE: ./packages/metrics/src/regressions.ts


const regressions_minutes = (s) => `${(s / 60).toFixed(1)} min`;
/** Runs over the budget (cancelled runs aside): `runs` are those to judge, usually the new ones. */
function regressions_budgetRegressions(runs, options) {
    const budgetSeconds = options.maxMinutes * 60;
    return runs
        .filter((r) => r.conclusion !== 'cancelled' && runSeconds(r) > budgetSeconds)
        .sort((a, b) => runSeconds(b) - runSeconds(a))
        .map((r) => ({
        kind: 'budget',
        workflow: r.workflow,
        runId: r.id,
        seconds: runSeconds(r),
        budgetSeconds,
        message: `${r.workflow} run ${r.id} took ${regressions_minutes(runSeconds(r))}, over the ${options.maxMinutes}-minute budget`,
    }));
}
/** p50 and p95 of successful runs in `recent` against `baseline`, per workflow. */
function regressions_percentileRegressions(workflow, recent, baseline, options) {
    const min = options.minSamples ?? 5;
    const ok = (runs) => runs.filter((r) => r.conclusion === 'success').map(runSeconds);
    const now = distribution(ok(recent));
    const before = distribution(ok(baseline));
    if (now.count < min || before.count < min)
        return [];
    const out = [];
    for (const kind of ['p50', 'p95']) {
        const value = now[kind] ?? 0;
        const base = before[kind] ?? 0;
        if (base <= 0)
            continue;
        const percent = ((value - base) / base) * 100;
        if (percent > options.regressionPercent) {
            out.push({
                kind,
                workflow,
                seconds: value,
                baselineSeconds: base,
                percent,
                message: `${workflow} ${kind} rose ${percent.toFixed(0)}% to ${regressions_minutes(value)} (baseline ${regressions_minutes(base)}; allowed +${options.regressionPercent}%)`,
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/metrics/src/report.ts





const report_DAY = 86_400;
const report_iso = (s) => new Date(s * 1000).toISOString();
function groupBy(runs) {
    const out = new Map();
    for (const r of runs) {
        const list = out.get(r.workflow);
        if (list)
            list.push(r);
        else
            out.set(r.workflow, [r]);
    }
    return out;
}
/** Computes every figure of a history over the rolling window ending at `now`. */
function buildReport(history, options) {
    const windowDays = options.windowDays ?? 30;
    const recentDays = options.recentDays ?? 7;
    const maxMinutes = options.maxMinutes ?? 15;
    const regressionPercent = options.regressionPercent ?? 20;
    const to = options.now;
    const from = to - windowDays * report_DAY;
    const recentFrom = to - recentDays * report_DAY;
    const baselineFrom = recentFrom - windowDays * report_DAY;
    const inWindow = history.runs.filter((r) => r.createdAt >= from && r.createdAt <= to);
    const byWorkflow = groupBy(inWindow);
    const workflows = [...byWorkflow.entries()]
        .map(([name, runs]) => workflowFigures(name, runs, from, to))
        .sort((a, b) => b.runs - a.runs || a.workflow.localeCompare(b.workflow));
    const regressionOptions = { maxMinutes, regressionPercent };
    const budgetRuns = options.budgetRunIds
        ? history.runs.filter((r) => options.budgetRunIds?.has(r.id))
        : history.runs.filter((r) => r.createdAt >= recentFrom && r.createdAt <= to);
    const regressions = budgetRegressions(budgetRuns, regressionOptions);
    for (const [name, runs] of groupBy(history.runs.filter((r) => r.createdAt >= baselineFrom && r.createdAt <= to))) {
        const recent = runs.filter((r) => r.createdAt >= recentFrom);
        const baseline = runs.filter((r) => r.createdAt < recentFrom);
        regressions.push(...percentileRegressions(name, recent, baseline, regressionOptions));
    }
    const successful = inWindow.filter((r) => r.conclusion === 'success');
    const environments = options.environments ?? [];
    const deploymentsInWindow = history.deployments.filter((d) => isProduction(d, environments) && (d.finishedAt ?? d.createdAt) >= from && (d.finishedAt ?? d.createdAt) <= to);
    const first = history.runs.reduce((m, r) => Math.min(m, r.createdAt), Infinity);
    return {
        repository: history.repository,
        generatedAt: report_iso(to),
        window: { from: report_iso(from), to: report_iso(to), days: windowDays },
        budgetMinutes: maxMinutes,
        regressionPercent,
        totals: {
            runs: inWindow.length,
            successRate: successRate(inWindow.map((r) => r.conclusion)),
            duration: distribution(successful.map(runSeconds)),
            queue: distribution(inWindow.flatMap((r) => (r.conclusion === 'cancelled' ? [] : ((q) => (q === undefined ? [] : [q]))(runQueueSeconds(r))))),
            daily: dailyFigures(inWindow, from, to),
        },
        workflows,
        cache: cacheFigures(inWindow),
        signatures: signatureFigures(inWindow, deploymentsInWindow, history.runs, history.defaultBranch),
        scans: scanFigures(inWindow),
        reproducibility: reproducibilityFigures(inWindow),
        dora: doraFigures(history.deployments, environments, from, to),
        regressions,
        historyRuns: history.runs.length,
        historyFrom: Number.isFinite(first) ? report_iso(first) : null,
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/summary-markdown.ts


const label = (day) => day.slice(5);
/** A mermaid xychart of a workflow's daily p50/p95 in minutes, with the budget line; days without runs are left out. */
function trendMermaid(title, days, budgetMinutes) {
    const rows = days.filter((d) => d.p50 !== null);
    if (rows.length < 2)
        return undefined;
    const m = (s) => ((s ?? 0) / 60).toFixed(1);
    const top = Math.ceil(Math.max(budgetMinutes, ...rows.map((d) => (d.p95 ?? 0) / 60)) * 1.1);
    return [
        'xychart-beta',
        `  title "${title.replace(/"/g, "'")}"`,
        `  x-axis [${rows.map((d) => `"${label(d.day)}"`).join(', ')}]`,
        `  y-axis "minutes" 0 --> ${top}`,
        `  line [${rows.map((d) => m(d.p95)).join(', ')}]`,
        `  line [${rows.map((d) => m(d.p50)).join(', ')}]`,
        `  line [${rows.map(() => budgetMinutes.toFixed(1)).join(', ')}]`,
    ].join('\n');
}
/** The job summary: regressions first, then the figures, tables and mermaid trend charts. */
function summaryMarkdown(report, options = {}) {
    const md = new src/* Markdown */.oz().heading(`CI metrics: ${report.repository}`);
    md.paragraph(`${report.totals.runs} runs in the last ${report.window.days} days (to ${report.window.to.slice(0, 10)}); budget ${report.budgetMinutes} min, regression threshold +${report.regressionPercent}%.`);
    if (report.regressions.length > 0) {
        const shown = report.regressions.slice(0, 10).map((r) => `- ${r.message}`);
        if (report.regressions.length > 10)
            shown.push(`- \u2026 and ${report.regressions.length - 10} more`);
        md.callout('WARNING', `**${report.regressions.length} regression(s)**\n${shown.join('\n')}`);
    }
    else {
        md.callout('TIP', 'No regressions: every new run is within the budget and p50/p95 hold against the baseline.');
    }
    const d = report.dora;
    md.heading('Overview', 3).table(['Runs', 'Success rate', 'p50', 'p95', 'Queue p50', 'Deploys', 'Lead time p50', 'Change failure rate', 'Recovery p50'], [
        [
            report.totals.runs,
            format_percent(report.totals.successRate),
            format_minutes(report.totals.duration.p50),
            format_minutes(report.totals.duration.p95),
            format_minutes(report.totals.queue.p50),
            `${d.deployments} (${frequency(d.deploymentsPerDay)})`,
            span(d.leadTime.p50),
            format_percent(d.changeFailureRate),
            span(d.recoveryTime.p50),
        ],
    ], ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']);
    md.heading('Workflows', 3).table(['Workflow', 'Runs', 'Success rate', 'p50', 'p95', 'Queue p50', 'Retried'], report.workflows.map((w) => [
        w.workflow,
        w.runs,
        format_percent(w.successRate),
        format_minutes(w.duration.p50),
        format_minutes(w.duration.p95),
        format_minutes(w.queue.p50),
        w.retried,
    ]), ['l', 'r', 'r', 'r', 'r', 'r', 'r']);
    for (const w of report.workflows.slice(0, 3)) {
        const chart = trendMermaid(`${w.workflow}: p95, p50 and budget (min)`, w.daily, report.budgetMinutes);
        const body = new src/* Markdown */.oz();
        if (chart)
            body.mermaid(chart);
        body.table(['Job', 'p50', 'p95', 'Success rate', 'Flaky runs', 'On critical path'], w.jobs
            .slice(0, 15)
            .map((j) => [j.name, format_minutes(j.duration.p50), format_minutes(j.duration.p95), format_percent(j.successRate), j.flaky, format_percent(j.onCriticalPath)]), ['l', 'r', 'r', 'r', 'r', 'r']);
        if (w.criticalPath) {
            body.paragraph(`Critical path of run ${w.criticalPath.runId} (${format_minutes(w.criticalPath.seconds)}): ${w.criticalPath.jobs.map((j) => `${j.name} (${format_minutes(j.seconds)})`).join(' \u2192 ')}`);
        }
        if (w.slowestSteps.length > 0) {
            body.table(['Slowest steps', 'Job', 'p50', 'p95'], w.slowestSteps.slice(0, 5).map((s) => [s.step, s.job, format_minutes(s.duration.p50), format_minutes(s.duration.p95)]), ['l', 'l', 'r', 'r']);
        }
        md.heading(w.workflow, 3).raw(body.toString());
    }
    md.heading('Supply chain and caching', 3).table(['Figure', 'Value', 'Counted'], [
        [
            'Signature coverage (builds signed)',
            format_percent(report.signatures.coverage),
            `${report.signatures.signedBuilds} of ${report.signatures.builds}`,
        ],
        [
            'Deployments verified',
            format_percent(report.signatures.verifiedCoverage),
            `${report.signatures.verifiedDeployments} of ${report.signatures.deployments}`,
        ],
        ['Scan pass rate', format_percent(report.scans.passRate), `${report.scans.passed} of ${report.scans.total}`],
        [
            'Reproducible builds',
            format_percent(report.reproducibility.rate),
            `${report.reproducibility.reproducible} of ${report.reproducibility.total} (${report.reproducibility.hermetic} hermetic)`,
        ],
        ...report.cache.map((c) => [
            `Cache hit rate: ${c.layer}`,
            format_percent(c.hitRate),
            `${c.exact} exact, ${c.partial} partial, ${c.miss} miss`,
        ]),
    ], ['l', 'r', 'l']);
    if (options.dashboardUrl)
        md.paragraph(`Dashboard: ${options.dashboardUrl}`);
    return md.toString();
}

;// CONCATENATED MODULE: ./packages/metrics/src/regression-issue.ts


const issue = src/* decode.object */.D4.object({ number: src/* decode.number */.D4.number, title: src/* decode.string */.D4.string, html_url: src/* decode.withDefault */.D4.withDefault(src/* decode.string */.D4.string, '') });
/** The issue that tracks regressions: opened once, and not again while it is still open. */
async function openRegressionIssue(client, repository, regressions, options = {}) {
    if (regressions.length === 0)
        return undefined;
    const label = options.label ?? 'ci-metrics';
    const title = 'CI performance regression';
    const what = `the open ${label} issues of ${repository}`;
    const open = api_shapes_decodeApi(src/* decode.array */.D4.array(issue), (await client.get(`/repos/${repository}/issues?state=open&labels=${encodeURIComponent(label)}&per_page=100`, what)).data, what);
    const existing = open.find((i) => i.title === title);
    if (existing)
        return { number: existing.number, url: existing.html_url, created: false };
    const body = [
        `ci-metrics found ${regressions.length} regression(s):`,
        '',
        ...regressions.slice(0, 30).map((r) => `- ${r.message}`),
        ...(options.dashboardUrl ? ['', `Dashboard: ${options.dashboardUrl}`] : []),
        '',
        'Close this issue once the pipeline is back within its budget; the next regression opens a new one.',
    ].join('\n');
    const created = api_shapes_decodeApi(issue, (await client.post(`/repos/${repository}/issues`, { title, body, labels: [label] }, `a new issue in ${repository}`)).data, 'the new issue');
    return { number: created.number, url: created.html_url, created: true };
}

;// CONCATENATED MODULE: ./packages/metrics/src/index.ts

































/***/ }),

/***/ 3666:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   TS: () => (/* binding */ upsertRows),
/* harmony export */   lp: () => (/* binding */ numberedPlaceholders),
/* harmony export */   rG: () => (/* binding */ inLists)
/* harmony export */ });
/**
 * The little SQL both embedded SQLite and PostgreSQL need from a connection: queries written
 * with `?` placeholders, a streamed read, and a transaction. The history store and the figures
 * speak only to this, so one set of statements serves both databases.
 */
/** `percentile_cont` in each dialect: linear interpolation between the closest ranks, as core's `percentile`. */
function pct(driver, expr, p) {
    return driver.dialect === 'postgres' ? `percentile_cont(${p}) WITHIN GROUP (ORDER BY ${expr})` : `percentile_cont(${expr}, ${p})`;
}
/** Variables per statement kept well under both databases' limits (SQLite 32766, PostgreSQL 65535). */
const MAX_PARAMS = 30_000;
/**
 * Inserts rows in multi-row statements; with `conflict`, an existing key is updated instead
 * (an idempotent upsert). Rows are sorted by key and de-duplicated first, so concurrent writers
 * lock rows in one order and a statement never touches one row twice.
 */
async function upsertRows(driver, table, columns, rows, conflict) {
    if (rows.length === 0)
        return;
    const keyIndex = conflict.keys.map((k) => columns.indexOf(k));
    const keyOf = (r) => JSON.stringify(keyIndex.map((i) => r[i]));
    const unique = new Map();
    for (const r of rows)
        unique.set(keyOf(r), r);
    const sorted = [...unique.values()].sort((a, b) => {
        for (const i of keyIndex) {
            const x = a[i];
            const y = b[i];
            if (x === y)
                continue;
            if (x === null)
                return -1;
            if (y === null)
                return 1;
            return x < y ? -1 : 1;
        }
        return 0;
    });
    const add = conflict.add ?? [];
    const update = conflict.update ?? columns.filter((c) => !conflict.keys.includes(c) && !add.includes(c));
    const sets = [...update.map((c) => `${c} = excluded.${c}`), ...add.map((c) => `${c} = ${table}.${c} + excluded.${c}`)];
    const onConflict = sets.length === 0
        ? `ON CONFLICT (${conflict.keys.join(', ')}) DO NOTHING`
        : `ON CONFLICT (${conflict.keys.join(', ')}) DO UPDATE SET ${sets.join(', ')}${conflict.where ? ` WHERE ${conflict.where}` : ''}`;
    if (driver.dialect === 'postgres' && conflict.types) {
        // One array per column through unnest: one short statement however many rows, which
        // PostgreSQL parses and plans once (multi-row VALUES costs far more per row).
        const types = conflict.types;
        const arrays = columns.map((_, i) => sorted.map((r) => r[i] ?? null));
        for (let at = 0; at < sorted.length; at += 5000) {
            await driver.run(`INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${columns.map((c) => `?::${types[c] ?? 'text'}[]`).join(', ')}) ${onConflict}`, arrays.map((a) => a.slice(at, at + 5000)));
        }
        return;
    }
    const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    for (let at = 0; at < sorted.length; at += perStatement) {
        const chunk = sorted.slice(at, at + perStatement);
        await driver.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')} ${onConflict}`, chunk.flat());
    }
}
/** `?` placeholders to PostgreSQL's `$1, $2, ...` (the statements here hold no `?` in literals). */
function numberedPlaceholders(sql) {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
}
/** Ids in groups small enough for one `IN (...)` list of both engines, each with its placeholders. */
function* inLists(ids, size = 500) {
    for (let i = 0; i < ids.length; i += size) {
        const chunk = ids.slice(i, i + size);
        yield { ids: chunk, marks: chunk.map(() => '?').join(', ') };
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 4649:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = format;
exports.qg = parse;
const TEXT_REGEXP = /^[\u0009\u0020-\u007e\u0080-\u00ff]*$/;
const TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * RegExp to match chars that must be quoted-pair in RFC 9110 sec 5.6.4
 */
const QUOTE_REGEXP = /[\\"]/g;
/**
 * RegExp to match type in RFC 9110 sec 8.3.1
 *
 * media-type = type "/" subtype
 * type       = token
 * subtype    = token
 */
const TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !TYPE_REGEXP.test(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!TOKEN_REGEXP.test(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${qstring(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function parse(header, options) {
    const stopChar = options?.comma === true ? COMMA : 65536; // Sentinel for "no stop char".
    const len = header.length;
    let index = skipOWS(header, options?.start ?? 0, len);
    const valueStart = index;
    index = skipValue(header, index, len, stopChar);
    const valueEnd = trailingOWS(header, valueStart, index);
    const type = header.slice(valueStart, valueEnd).toLowerCase();
    if (options?.parameters === false) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopChar);
}
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopChar) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        if (header.charCodeAt(index) === stopChar)
            break;
        index = skipOWS(header, index + 1 /* Skip over ; */, len);
        const keyStart = index;
        while (index < len) {
            const code = header.charCodeAt(index);
            if (code === stopChar)
                break parameter;
            if (code === SEMI)
                continue parameter;
            if (code === EQ) {
                const keyEnd = trailingOWS(header, keyStart, index);
                const key = header.slice(keyStart, keyEnd).toLowerCase();
                index = skipOWS(header, index + 1, len);
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    index++;
                    let value = "";
                    while (index < len) {
                        const code = header.charCodeAt(index++);
                        if (code === DQUOTE) {
                            index = skipValue(header, index, len, stopChar);
                            if (parameters[key] === undefined)
                                parameters[key] = value;
                            break;
                        }
                        if (code === BSLASH && index < len) {
                            value += header[index++];
                            continue;
                        }
                        value += String.fromCharCode(code);
                    }
                    continue parameter;
                }
                const valueStart = index;
                index = skipValue(header, index, len, stopChar);
                if (parameters[key] === undefined) {
                    const valueEnd = trailingOWS(header, valueStart, index);
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                continue parameter;
            }
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Skip over characters until a semicolon or other exit character.
 */
function skipValue(str, index, len, stopChar) {
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code === SEMI || code === stopChar)
            break;
        index++;
    }
    return index;
}
/**
 * Skip optional whitespace (OWS) in an HTTP header value.
 *
 * OWS is defined in RFC 9110 sec 5.6.3 as SP (" ") or HTAB ("\t").
 */
function skipOWS(header, index, len) {
    while (index < len) {
        const char = header.charCodeAt(index);
        if (char !== SP && char !== HTAB)
            break;
        index++;
    }
    return index;
}
/**
 * Trim optional whitespace (OWS) from the end of a substring.
 *
 * OWS is defined in RFC 9110 sec 5.6.3 as SP (" ") or HTAB ("\t").
 */
function trailingOWS(header, start, end) {
    while (end > start) {
        const char = header.charCodeAt(end - 1);
        if (char !== SP && char !== HTAB)
            break;
        end--;
    }
    return end;
}
/**
 * Serialize a parameter value.
 */
function qstring(str) {
    if (TOKEN_REGEXP.test(str))
        return str;
    if (TEXT_REGEXP.test(str))
        return `"${str.replace(QUOTE_REGEXP, "\\$&")}"`;
    throw new TypeError(`Invalid parameter value: ${str}`);
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // \u2192 key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(6424);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(9210);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '\u2026' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '\u2026';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '\u2026\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
exports.XT = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(6424);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(6424);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(6424);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(6424);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(6424);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 6424:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` \u2013 Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` \u2013 Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` \u2013 Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` \u2013 The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(4371);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(6424);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(4371);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 4371:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 9210:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
// Modules reached only from packages evaluated on first use are read from ./deferred.cjs when first required.
var __slipway_deferred__;
for (const id of ["109","116","158","172","379","628","637","660","736","837","961","1059","1117","1216","1238","1276","1511","1514","1529","1652","1841","1882","1900","1978","2026","2128","2279","2414","2429","2581","2607","2824","3137","3168","3245","3246","3264","3397","3434","3560","3610","3627","3701","3726","3870","3900","4004","4031","4043","4398","4492","4495","4655","4660","4811","5092","5188","5893","5910","6142","6603","6615","6653","6672","6752","6798","6862","6897","7114","7365","7405","7501","7655","7797","8060","8155","8355","8573","8625","8754","8788","9051","9061","9136","9469","9634","9927","9967"]) Object.defineProperty(__webpack_modules__, id, { configurable: true, enumerable: true, get: () => (__slipway_deferred__ ??= __slipway_createRequire__(import.meta.url)("./deferred.cjs"))[id] });

/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8261);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
