'use strict';
/*
 * servicebus-broker.js: a small AMQP 1.0 broker (on rhea) that speaks enough of Azure Service Bus's dialect for the
 * Azure.Messaging.ServiceBus .NET SDK, so that the Service Bus adapter is tested with the real SDK on loopback. No
 * Service Bus emulator runs on these machines (Microsoft's runs in Docker, with SQL Server beside it).
 *
 *   node servicebus-broker.js <config.json | inline JSON>
 *
 * Listens on 127.0.0.1 on a free port and prints "servicebus-broker listening on 127.0.0.1:<port>" when ready. The SDK
 * connects with "Endpoint=sb://127.0.0.1:<port>;SharedAccessKeyName=k;SharedAccessKey=v;UseDevelopmentEmulator=true"
 * (plain AMQP, no TLS). The configuration declares the entities, as the deployment (infra/modules/servicebus.bicep) does:
 *
 *   { "queues": [ { "name": "q", "lockDurationMs": 30000, "maxDeliveryCount": 10 } ],
 *     "topics": [ { "name": "t", "subscriptions": [ { "name": "a", "lockDurationMs": 200, "maxDeliveryCount": 3 } ] } ],
 *     "duplicateDetectionWindowMs": 600000 }
 *
 * A name ending in '*' declares a template instead: every queue or topic whose name starts with the rest exists from its
 * first use, with the template's settings, so each test can have entities of its own.
 *
 * What it does, as Service Bus does it:
 *   - SASL MSSBCBS (what the SDK offers; ANONYMOUS too), and a $cbs node that accepts every put-token with 202.
 *   - Senders: max-message-size on attach; single and batched (format 0x80013700) messages; duplicate detection on
 *     MessageId per queue or topic; x-opt-scheduled-enqueue-time; topic fan-out through every subscription's rule
 *     "redriveTo IS NULL OR redriveTo = '<subscription>'" (the one rule the Bicep gives each subscription).
 *   - Receivers: peek-lock. Delivery tags are 16-byte lock tokens; messages carry x-opt-sequence-number,
 *     x-opt-enqueued-time, x-opt-locked-until and the header's delivery count (deliveries before this one).
 *   - Dispositions: accepted completes; modified abandons (the delivery counted); released unlocks without counting
 *     the delivery (AMQP's meaning: the SDK releases at once what reaches a receiver no receive call waits on);
 *     rejected dead-letters, with the reason and description of com.microsoft:dead-letter as the DeadLetterReason and
 *     DeadLetterErrorDescription application properties. A disposition after the lock expired answers
 *     com.microsoft:message-lock-lost.
 *   - Lock expiry, and MaxDeliveryCountExceeded dead-lettering when a lock ends on the last allowed delivery.
 *   - <entity>/$DeadLetterQueue sub-queues, receivable and peekable like their entity.
 *   - <entity>/$management: com.microsoft:peek-message (locked and scheduled messages included, as Service Bus does).
 *   - Unknown entities are refused on attach with amqp:not-found.
 *
 * What it is not: a Service Bus. No TLS, no authorization (any token is accepted), no sessions, transactions, deferral,
 * renew-lock, update-disposition, receive-by-sequence-number, rule management, auto-forwarding, time to live or
 * persistence; one fixed rule per subscription; times are the wall clock, checked every 20 ms. Nothing is stored on disk.
 */

const fs = require('fs');
const crypto = require('crypto');
const container = require('rhea');

const { types, message: amqp } = container;

const BATCH_FORMAT = 0x80013700;
const MAX_MESSAGE_SIZE = 256 * 1024; // Standard tier
const TICK_MS = 20;
const MANAGEMENT = '$management';
const CBS = '$cbs';
const REDRIVE_PROPERTY = 'redriveTo'; // ServiceBusMessageQueue.RedriveToProperty; the rule in servicebus.bicep
const LOCK_LOST = 'com.microsoft:message-lock-lost';
const DEAD_LETTER = 'com.microsoft:dead-letter';

const config = readConfig(process.argv[2]);
const windowMs = config.duplicateDetectionWindowMs || 10 * 60 * 1000;

/** Receivable entities by lower-case path: queues, topic/subscriptions/name, and each one's dead-letter sub-queue. */
const entities = new Map();
/** What senders address, by lower-case name: a queue (one entity) or a topic (its subscriptions). */
const destinations = new Map();
/** Held locks by lock token (hex of the delivery tag). */
const locks = new Map();
let nextSequenceNumber = 1;

function readConfig(argument) {
    if (!argument) {
        console.error('usage: node servicebus-broker.js <config.json | inline JSON>');
        process.exit(2);
    }
    return JSON.parse(argument.trim().startsWith('{') ? argument : fs.readFileSync(argument, 'utf8'));
}

function addEntity(path, settings, subscription) {
    const entity = {
        path,
        subscription,
        lockDurationMs: settings.lockDurationMs || 60000,
        maxDeliveryCount: settings.maxDeliveryCount || 10,
        messages: [],
        receivers: new Set(),
        deadLetters: null,
    };
    entities.set(path.toLowerCase(), entity);
    // A dead-letter sub-queue never dead-letters again: it has no delivery limit.
    const deadLetters = { ...entity, path: `${path}/$DeadLetterQueue`, maxDeliveryCount: Infinity, messages: [], receivers: new Set() };
    entities.set(deadLetters.path.toLowerCase(), deadLetters);
    entity.deadLetters = deadLetters;
    return entity;
}

function declareQueue(name, queue) {
    destinations.set(name.toLowerCase(), { name, entities: [addEntity(name, queue)], seen: new Map() });
}

function declareTopic(name, topic) {
    const subscriptions = (topic.subscriptions || []).map(s => addEntity(`${name}/subscriptions/${s.name}`, { ...topic, ...s }, s.name));
    destinations.set(name.toLowerCase(), { name, entities: subscriptions, seen: new Map() });
}

/** Names ending in '*' are templates: a queue or topic whose name starts with the prefix exists from its first use. */
const templates = [];
for (const [list, declare] of [[config.queues || [], declareQueue], [config.topics || [], declareTopic]]) {
    for (const entity of list) {
        if (entity.name.endsWith('*')) templates.push({ prefix: entity.name.slice(0, -1).toLowerCase(), declare: name => declare(name, entity) });
        else declare(entity.name, entity);
    }
}

function materialize(address) {
    const name = address.split('/')[0];
    const template = destinations.has(name) ? undefined : templates.find(t => name.startsWith(t.prefix));
    if (template) template.declare(name);
}

/** The SDK addresses nodes by the path of an sb:// URI ("/q", "/t/Subscriptions/a/$management"); names are case-insensitive. */
function addressOf(terminus) {
    const address = terminus && terminus.address ? String(terminus.address) : '';
    const path = /^[a-z]+:\/\//i.test(address) ? new URL(address).pathname : address;
    return decodeURIComponent(path).replace(/^\/+/, '').toLowerCase();
}

// ---- sending: messages into queues and subscriptions ------------------------------------------------------------

function unbatch(context) {
    if (context.format !== BATCH_FORMAT) return [context.message];
    const body = amqp.decode(context.message).body;
    const parts = body.multiple ? body.content : [body.content];
    return parts.map(part => amqp.decode(part));
}

function enqueue(destination, message, now) {
    const id = message.message_id === undefined || message.message_id === null ? undefined : String(message.message_id);
    for (const [seenId, at] of destination.seen) {
        if (at + windowMs < now) destination.seen.delete(seenId);
    }
    if (id !== undefined && destination.seen.has(id)) return; // a duplicate: accepted and dropped, as Service Bus does
    if (id !== undefined) destination.seen.set(id, now);

    const scheduled = message.message_annotations && message.message_annotations['x-opt-scheduled-enqueue-time'];
    const visibleAt = scheduled instanceof Date ? Math.max(now, scheduled.getTime()) : now;
    const sequenceNumber = nextSequenceNumber++;
    for (const entity of destination.entities.filter(e => passesRule(e, message))) {
        insert(entity, { sequenceNumber, message, enqueuedAt: visibleAt, visibleAt, deliveryCount: 0, lock: null });
        pump(entity, now);
    }
}

/** The subscription rule: redriveTo IS NULL OR redriveTo = '<subscription>'. Queues take everything. */
function passesRule(entity, message) {
    if (entity.subscription === undefined) return true;
    const target = message.application_properties && message.application_properties[REDRIVE_PROPERTY];
    return target === undefined || target === null || target === entity.subscription;
}

function insert(entity, entry) {
    entity.messages.push(entry);
    entity.messages.sort((a, b) => a.sequenceNumber - b.sequenceNumber);
}

function remove(entity, entry) {
    entity.messages.splice(entity.messages.indexOf(entry), 1);
}

// ---- receiving: peek-lock deliveries, locks and dispositions ----------------------------------------------------

/** The message as Service Bus hands it out: the sender's sections plus the broker's annotations and delivery count. */
function render(entry, headerDeliveryCount) {
    const annotations = {
        ...entry.message.message_annotations,
        'x-opt-sequence-number': types.wrap_long(entry.sequenceNumber),
        'x-opt-enqueued-time': new Date(entry.enqueuedAt),
    };
    if (entry.lock) annotations['x-opt-locked-until'] = new Date(entry.lock.until);
    return { ...entry.message, durable: true, delivery_count: headerDeliveryCount, message_annotations: annotations };
}

function pump(entity, now) {
    for (const link of entity.receivers) {
        if (link.is_closed()) {
            entity.receivers.delete(link);
            continue;
        }
        while (link.sendable()) {
            const entry = entity.messages.find(e => e.visibleAt <= now && !e.lock);
            if (!entry) break;
            deliver(entity, entry, link, now);
        }
    }
}

function deliver(entity, entry, link, now) {
    const tag = crypto.randomBytes(16);
    entry.deliveryCount += 1;
    entry.lock = { token: tag.toString('hex'), until: now + entity.lockDurationMs };
    locks.set(entry.lock.token, { entity, entry });
    // The header counts earlier deliveries; the SDK adds one for this delivery.
    link.send(render(entry, entry.deliveryCount - 1), tag);
}

function releaseLock(entity, entry, now) {
    locks.delete(entry.lock.token);
    entry.lock = null;
    if (entry.deliveryCount >= entity.maxDeliveryCount) {
        deadLetter(entity, entry, 'MaxDeliveryCountExceeded', `Message could not be consumed after ${entity.maxDeliveryCount} delivery attempts.`);
    } else {
        pump(entity, now);
    }
}

function deadLetter(entity, entry, reason, description) {
    remove(entity, entry);
    const properties = { ...entry.message.application_properties };
    if (reason !== undefined) properties.DeadLetterReason = reason;
    if (description !== undefined) properties.DeadLetterErrorDescription = description;
    insert(entity.deadLetters, { ...entry, lock: null, message: { ...entry.message, application_properties: properties } });
}

/** Answers a receiver's disposition: applies it while the lock is held, else reports the lock lost. */
function onDisposition(context, kind) {
    const delivery = context.delivery;
    const token = Buffer.from(delivery.tag).toString('hex');
    const held = locks.get(token);
    const now = Date.now();
    if (!held || held.entry.lock.until <= now) {
        settle(delivery, amqp.rejected({ error: { condition: LOCK_LOST, description: 'The lock supplied is invalid: it expired, or the message was already settled.' } }));
        return;
    }
    const { entity, entry } = held;
    if (kind === 'accepted') {
        locks.delete(token);
        remove(entity, entry);
        settle(delivery, amqp.accepted());
    } else if (kind === 'rejected' && !entity.deadLetters) {
        settle(delivery, amqp.rejected({ error: { condition: 'amqp:not-allowed', description: 'A dead letter cannot be dead-lettered again.' } }));
    } else if (kind === 'rejected') {
        locks.delete(token);
        const error = delivery.remote_state.error;
        const info = error && error.condition === DEAD_LETTER && error.info ? error.info : {};
        deadLetter(entity, entry, info.DeadLetterReason, info.DeadLetterErrorDescription);
        settle(delivery, amqp.rejected()); // no error: the SDK reads an error here as a failure
    } else {
        // Abandon (modified) counts as a delivery, as on Service Bus. Released does not (AMQP 1.0 3.4.4): the SDK
        // releases messages that reach a receiver while no receive call waits, and those were never handed out.
        if (delivery.remote_state.constructor.composite_type !== 'modified') entry.deliveryCount -= 1;
        releaseLock(entity, entry, now);
        settle(delivery, delivery.remote_state);
    }
}

function settle(delivery, outcome) {
    delivery.update(true, outcome.described());
    // The SDK settles on our disposition and sends none back; mark it so rhea forgets the delivery.
    delivery.remote_settled = true;
}

setInterval(() => {
    const now = Date.now();
    for (const entity of entities.values()) {
        for (const entry of entity.messages.filter(e => e.lock && e.lock.until <= now)) releaseLock(entity, entry, now);
        pump(entity, now);
    }
}, TICK_MS).unref();

// ---- request/response nodes: $cbs and <entity>/$management ------------------------------------------------------

function respond(context, node, properties, body) {
    const request = context.message;
    const replyTo = String(request.reply_to || '').toLowerCase();
    const link = context.connection.find_sender(l => l.is_open() && replyTo && addressOf(l.target) === addressOf({ address: replyTo }))
        || context.session.find_sender(l => l.is_open() && addressOf(l.source) === node);
    if (!link) {
        console.error(`no reply link for a request to ${node} (reply-to ${request.reply_to})`);
        return;
    }
    link.send({ correlation_id: request.message_id, to: request.reply_to, application_properties: properties, body });
}

function managementStatus(code, description, condition) {
    const properties = { statusCode: types.wrap_int(code), statusDescription: description };
    if (condition) properties.errorCondition = types.wrap_symbol(condition);
    return properties;
}

function onManagementRequest(context, node) {
    const request = context.message;
    const operation = request.application_properties && request.application_properties.operation;
    const entity = entities.get(node.slice(0, -(MANAGEMENT.length + 1)));
    if (operation !== 'com.microsoft:peek-message') {
        respond(context, node, managementStatus(501, `Operation ${operation} is not supported by the test broker.`, 'amqp:not-implemented'));
        return;
    }
    const from = Number(request.body['from-sequence-number']);
    const count = Number(request.body['message-count']);
    const found = entity.messages.filter(e => e.sequenceNumber >= from).slice(0, count);
    if (found.length === 0) {
        respond(context, node, managementStatus(204, 'No Content'));
        return;
    }
    // Peeked messages carry the deliveries so far (the SDK adds nothing for a peek).
    const messages = found.map(entry => ({ message: amqp.encode(render(entry, entry.deliveryCount)) }));
    respond(context, node, managementStatus(200, 'OK'), { messages });
}

// ---- links and connections -----------------------------------------------------------------------------------

function isManagement(address) {
    return address.endsWith(`/${MANAGEMENT}`) && entities.has(address.slice(0, -(MANAGEMENT.length + 1)));
}

/** Accepts a link by echoing its terminus and settle modes; refuses one to an unknown node with amqp:not-found. */
function accept(link, known, address) {
    if (!known) {
        link.close({ condition: 'amqp:not-found', description: `The messaging entity '${address}' could not be found.` });
        return false;
    }
    if (link.source) link.local.attach.source = link.source.described();
    if (link.target) link.local.attach.target = link.target.described();
    link.local.attach.snd_settle_mode = link.snd_settle_mode;
    link.local.attach.rcv_settle_mode = link.rcv_settle_mode;
    link.local.attach.max_message_size = MAX_MESSAGE_SIZE;
    return true;
}

// The SDK's SASL mechanism MSSBCBS carries no credentials (authorization goes through $cbs): accept it like ANONYMOUS.
container.sasl_server_mechanisms.MSSBCBS = () => ({ start() { this.outcome = true; this.username = 'cbs'; } });
container.sasl_server_mechanisms.enable_anonymous();

container.on('sender_open', context => {
    // A client's receiver: from an entity, or the reply half of a request/response node.
    const link = context.sender;
    const address = addressOf(link.source);
    materialize(address);
    const entity = entities.get(address);
    if (accept(link, entity || address === CBS || isManagement(address), address) && entity) entity.receivers.add(link);
});

container.on('receiver_open', context => {
    // A client's sender: to a queue or topic, or the request half of a request/response node.
    const address = addressOf(context.receiver.target);
    materialize(address);
    accept(context.receiver, destinations.has(address) || address === CBS || isManagement(address), address);
});

container.on('sendable', context => {
    const entity = entities.get(addressOf(context.sender.source));
    if (entity) pump(entity, Date.now());
});

// The SDK drains a receiver's credit when it closes it. Answer at once, sending nothing more: what would be sent now
// would only be released again by the closing receiver.
container.on('sender_draining', context => context.sender.set_drained(true));

container.on('message', context => {
    const address = addressOf(context.receiver.target);
    if (address === CBS) {
        respond(context, CBS, { 'status-code': types.wrap_int(202), 'status-description': 'Accepted' });
    } else if (address.endsWith(`/${MANAGEMENT}`)) {
        onManagementRequest(context, address);
    } else {
        const now = Date.now();
        for (const message of unbatch(context)) enqueue(destinations.get(address), message, now);
    }
});

container.on('accepted', context => onDisposition(context, 'accepted'));
container.on('rejected', context => onDisposition(context, 'rejected'));
container.on('released', context => onDisposition(context, 'released')); // rhea reports modified as released

container.on('disconnected', () => { /* a client went away; its locks expire as Service Bus's do */ });
container.on('error', error => console.error(`broker error: ${error && error.message}`));

const server = container.listen({ host: '127.0.0.1', port: 0 });
server.on('listening', () => console.log(`servicebus-broker listening on 127.0.0.1:${server.address().port}`));
