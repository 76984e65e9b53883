/** Parses `sku,name,quantity,unitPrice` lines (with a header) into items. */
export function parseInventory(csv) {
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  if (header !== 'sku,name,quantity,unitPrice') throw new Error(`unexpected header: ${header}`);
  return rows.map((row, i) => {
    const [sku, name, quantity, unitPrice] = row.split(',');
    const item = { sku, name, quantity: Number(quantity), unitPrice: Number(unitPrice) };
    if (!sku || !name || !Number.isInteger(item.quantity) || !Number.isFinite(item.unitPrice)) {
      throw new Error(`line ${i + 2}: malformed row '${row}'`);
    }
    return item;
  });
}

/** Total stock value in cents, rounded once at the end. */
export function stockValue(items) {
  return Math.round(items.reduce((sum, i) => sum + i.quantity * i.unitPrice, 0) * 100);
}

/** Items whose quantity is at or below the threshold, lowest first. */
export function lowStock(items, threshold) {
  return items.filter((i) => i.quantity <= threshold).sort((a, b) => a.quantity - b.quantity || a.sku.localeCompare(b.sku));
}
