export const id = 391;
export const ids = [391];
export const modules = {

/***/ 391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PostgresDriver: () => (/* binding */ PostgresDriver)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var pg_cursor__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5522);
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4437);
/* harmony import */ var _sql_driver_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3666);




// 64-bit integers (ids, counts) and numerics as numbers: every value the store keeps is far
// below 2^53, and the figures are doubles anyway.
const types = {
    getTypeParser: ((oid, format) => oid === 20 || oid === 1700
        ? (v) => Number(v)
        : pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].types */ .Ay.types.getTypeParser(oid, format)),
};
/** Deadlocks and serialization failures are worth another try of the whole transaction. */
const RETRYABLE = new Set(['40P01', '40001']);
/** PostgreSQL through node-postgres: a pool for many concurrent collectors, cursors for long reads. */
class PostgresDriver {
    pool;
    client;
    dialect = 'postgres';
    constructor(pool, client) {
        this.pool = pool;
        this.client = client;
    }
    /** A pool on the connection URL; statements and connections have deadlines. */
    static open(url, options = {}) {
        const pool = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Pool */ .Ay.Pool({
            connectionString: url,
            max: options.max ?? 4,
            types,
            connectionTimeoutMillis: 15_000,
            statement_timeout: 600_000,
            idleTimeoutMillis: 10_000,
            // Percentiles sort their values: room for the sort in memory keeps a year of an
            // organisation's runs off temporary files (this session only; the server's default stays).
            options: '-c work_mem=64MB',
        });
        // An idle client that loses its server must not crash the process; the next query reports it.
        pool.on('error', () => undefined);
        return new PostgresDriver(pool, undefined);
    }
    async use(fn) {
        return fn(this.client ?? this.pool);
    }
    async all(sql, params = []) {
        return this.use(async (c) => (await c.query((0,_sql_driver_js__WEBPACK_IMPORTED_MODULE_3__/* .numberedPlaceholders */ .lp)(sql), params)).rows);
    }
    async *iterate(sql, params = []) {
        const client = this.client ?? (await this.pool.connect());
        const cursor = client.query(new pg_cursor__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A((0,_sql_driver_js__WEBPACK_IMPORTED_MODULE_3__/* .numberedPlaceholders */ .lp)(sql), params, { types }));
        try {
            for (;;) {
                const rows = await cursor.read(2000);
                if (rows.length === 0)
                    break;
                yield* rows;
            }
        }
        finally {
            await cursor.close().catch(() => undefined);
            if (!this.client)
                client.release();
        }
    }
    async run(sql, params = []) {
        await this.use((c) => c.query((0,_sql_driver_js__WEBPACK_IMPORTED_MODULE_3__/* .numberedPlaceholders */ .lp)(sql), params));
    }
    async transaction(fn) {
        if (this.client)
            return fn(this);
        const pool = this.pool;
        return (0,_slipway_core__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(async () => {
            const client = await pool.connect();
            try {
                await client.query('BEGIN');
                const value = await fn(new PostgresDriver(undefined, client));
                await client.query('COMMIT');
                return value;
            }
            catch (error) {
                await client.query('ROLLBACK').catch(() => undefined);
                throw error;
            }
            finally {
                client.release();
            }
        }, (outcome) => 'error' in outcome && RETRYABLE.has(String(outcome.error.code))
            ? { retry: true, reason: 'a concurrent writer held the same rows' }
            : { retry: false }, { attempts: 5, baseDelayMs: 50, maxDelayMs: 1000, maxRetryAfterMs: 0 });
    }
    async close() {
        await this.pool?.end();
    }
}


/***/ })

};
